/**
 * Aspect-scoped sentiment: the polarity of the part of a sentence that names an aspect, so "The
 * food was great but the service was slow" is good news for the food and bad news for the
 * service, and "I ordered the pasta" is neither.
 *
 * <p>{@link io.verbatim.sentiment.aspect.AspectSentiment} takes a sentence's tokens and the token
 * span of the aspect and returns an {@link io.verbatim.sentiment.aspect.AspectPolarity}; with no
 * aspect in view it reads a whole sentence the same way, clause by clause, into a
 * {@link io.verbatim.sentiment.aspect.SentenceOpinion} (the sentence score of the trained
 * sentiment path, which is neutral where no opinion is stated). It is
 * rules over the pipeline's own tokens (clause scoping, a general opinion word list written for
 * this project, negation, distance), with no model trained on aspect-labelled data.
 */
package io.verbatim.sentiment.aspect;
