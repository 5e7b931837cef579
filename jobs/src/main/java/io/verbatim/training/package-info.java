/**
 * Training the models the library ships, kept beside the library rather than in it: the library
 * jar only loads models; this package (run by {@code verbatim train}) makes them from public
 * labelled data and writes each with its provenance.
 *
 * <p>{@link io.verbatim.training.SentimentTraining} reproduces the comment sentiment model from
 * the dev parts of the clothing reviews and the UCI sentences ({@link
 * io.verbatim.training.TrainingSet}, which can also leave one domain out), choosing its settings
 * by cross-validation inside them;
 * {@link io.verbatim.sentiment.SentimentTrainer} (in the library, since a run fits in-domain
 * models with it too) is the optimiser (multinomial logistic regression with AdaGrad); {@link io.verbatim.labelled.ClothingCorpus} reads that corpus.
 * {@link io.verbatim.training.SuggestionTraining} ({@code verbatim train suggestions}) trains the
 * suggestion model from any labelled {@code id,sentence,label} CSV with LIBLINEAR, choosing the
 * penalty and threshold by cross-validation inside that file.
 */
package io.verbatim.training;

