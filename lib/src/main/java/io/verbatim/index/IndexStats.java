package io.verbatim.index;

/**
 * What one committed build contains and how long it took (from {@link IndexBuilder#create} to
 * the switch).
 */
public record IndexStats(long sentences, int themes, int ideas, double seconds) {
}
