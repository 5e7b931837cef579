/**
 * The domain records every stage passes along: {@link io.verbatim.model.Comment} as ingested,
 * {@link io.verbatim.model.AnalyzedComment} and {@link io.verbatim.model.Sentence} as annotated and
 * tagged, {@link io.verbatim.model.Theme} and {@link io.verbatim.model.Idea} as discovered.
 *
 * <p>All records are immutable and {@link java.io.Serializable} so a distributed runner can ship
 * them between machines; stages return new copies instead of mutating.
 */
package io.verbatim.model;
