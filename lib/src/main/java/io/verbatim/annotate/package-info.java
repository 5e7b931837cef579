/**
 * Annotation with Stanford CoreNLP: splits a {@link io.verbatim.model.Comment} into sentences,
 * tokens, lemmas and POS tags, and scores the sentiment of every sentence by the path
 * {@code annotation.sentiment} names ({@link io.verbatim.annotate.SentenceSentiment}).
 *
 * <p>Needs: comment text. Adds: {@link io.verbatim.model.Sentence}s with tokens and sentiment,
 * and the comment-level sentiment roll-up.
 *
 * <p>CoreNLP pipelines are heavy (hundreds of MB of models) and not serialisable, so
 * {@link io.verbatim.annotate.NlpPipelines} loads them lazily, once per JVM, and a distributed
 * runner only ever ships the (small) configuration.
 *
 * <p>With {@code annotation.adaptFromScore}, comment scores are then adapted to the input's own
 * domain: {@link io.verbatim.annotate.WeakLabels} folds the comments at the two ends of the
 * score range ({@link io.verbatim.annotate.ScoreEnds}) into training examples and
 * {@link io.verbatim.annotate.ScoreAdaptation} fits, calibrates and applies the in-domain model;
 * the job only moves the data between them.
 */
package io.verbatim.annotate;
