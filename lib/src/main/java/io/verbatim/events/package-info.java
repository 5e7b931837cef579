/**
 * Events told in a comment, independent of any domain's vocabulary. Today:
 * {@link io.verbatim.events.ServiceFailure}, failed or late service events ("was cancelled",
 * "never arrived", "on hold for an hour") with the failed event's verb lemma and object. The
 * sentiment paths read them as negative evidence; the same events are meant to name event themes
 * ("lost baggage") later. Patterns are general English in a data file
 * ({@code service-failures.txt}); nothing here depends on a labelled set.
 */
package io.verbatim.events;
