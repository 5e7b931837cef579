/**
 * Measures analysis quality on public labelled data sets (suggestions, comment and sentence
 * sentiment, aspect polarity, aspect terms, theme purity) and speed, with the same classes the
 * {@code run} job uses, and writes a Markdown and JSON report. It lives beside the library, in
 * the jobs jar run by {@code verbatim evaluate}, never in the library jar. The data sets are
 * read from a folder outside the project and never copied.
 */
package io.verbatim.evaluate;
