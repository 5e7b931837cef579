/**
 * Annotation with Stanford CoreNLP, as two declared stages: {@link
 * io.verbatim.annotate.TokenizeStage} splits a {@link io.verbatim.model.Comment} into sentences,
 * tokens, lemmas and POS tags (needs: comment text; adds: TOKENS), and {@link
 * io.verbatim.annotate.SentimentStage} scores every sentence and the comment by the path
 * {@code annotation.sentiment} names, a {@link io.verbatim.annotate.SentenceSentiment} (needs:
 * TOKENS; adds: SENTIMENT).
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
