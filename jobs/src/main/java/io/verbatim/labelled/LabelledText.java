package io.verbatim.labelled;

/** One labelled text of a data set: an id, the text, the gold label. */
public record LabelledText(String id, String text, String label) {
}
