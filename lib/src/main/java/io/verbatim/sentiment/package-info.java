/**
 * A trained sentence and comment sentiment classifier, a fast alternative to CoreNLP's RNTN:
 * multinomial logistic regression over the pipeline's own tokens (lower-cased lemmas, unigrams and
 * bigrams with negation marking, plus a small hand-written polarity lexicon).
 *
 * <p>{@link io.verbatim.sentiment.TrainedSentiment} scores token lists with the model shipped in
 * {@code io/verbatim/sentiment/model.json.gz}, loaded lazily once per JVM;
 * {@link io.verbatim.sentiment.SentimentTraining} reproduces that model from the public clothing
 * reviews (CC0) and records its provenance and held-out metrics in the file.
 */
package io.verbatim.sentiment;
