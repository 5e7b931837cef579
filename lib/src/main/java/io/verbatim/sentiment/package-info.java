/**
 * A trained comment sentiment classifier (and the fallback score of a sentence that states no
 * opinion; see {@code io.verbatim.sentiment.aspect}), a fast alternative to CoreNLP's RNTN:
 * multinomial logistic regression over word forms only (lower-cased unigrams and bigrams with
 * negation marking, scaled to a fixed length, a small hand-written polarity lexicon, and the
 * domain-free signals: VADER's valence ({@code io.verbatim.sentiment.vader}), service failures
 * ({@code io.verbatim.events}), question and exclamation marks; a comment of several sentences
 * also its first sentence's words as head features), so it needs tokenize + ssplit and no POS
 * tags, lemmas or parse.
 *
 * <p>{@link io.verbatim.sentiment.TrainedSentiment} scores token lists with the model shipped in
 * {@code io/verbatim/sentiment/model.json.gz}, loaded lazily once per JVM;
 * {@code io.verbatim.training.SentimentTraining} (in the jobs module, beside the library, not
 * in it) reproduces that model from the dev parts of the public clothing
 * reviews (CC0; title + text as the comment) and the UCI sentiment sentences (CC BY 4.0),
 * choosing its settings by cross-validation inside them, and records its provenance (files,
 * SHA-256, licences, split) and sealed clothing metrics in the file. The optimiser itself,
 * {@link io.verbatim.sentiment.SentimentTrainer}, lives here because a run fits with it too
 * ({@code io.verbatim.annotate.ScoreAdaptation}).
 */
package io.verbatim.sentiment;
