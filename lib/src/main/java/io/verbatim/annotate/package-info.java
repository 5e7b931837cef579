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
 */
package io.verbatim.annotate;
