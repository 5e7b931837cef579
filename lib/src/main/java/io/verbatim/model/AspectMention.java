package io.verbatim.model;

import java.io.Serializable;

/**
 * Where a sentence names an aspect: the normalised phrase and its token span
 * ({@code from} inclusive, {@code to} exclusive). Kept on the sentence so that later stages
 * (theme tagging, its per-theme sentiment) read the span instead of finding it again.
 */
public record AspectMention(String phrase, int from, int to) implements Serializable {
}
