/**
 * VADER, a lexicon and a handful of rules for the sentiment of short text that hold across
 * domains (Hutto &amp; Gilbert 2014): {@link io.verbatim.sentiment.vader.Vader} reads a token
 * list into a valence. The lexicon ships unmodified with its MIT licence
 * ({@code vader_lexicon.txt}, {@code LICENSE.txt}); the rules' word lists are in
 * {@code vader-rules.txt}. It is one of the sentiment paths ({@code annotation.sentiment: vader})
 * and a feature of the trained model.
 */
package io.verbatim.sentiment.vader;
