/**
 * Improvement ideas: groups the changes customers ask for into ideas, adds ideas implied by
 * recurring complaints about a theme (titled as the change they ask for, joined by the requests
 * that name the theme, and implied ideas worded alike made one; a discovered thing or setting
 * implies none), and ranks them by an
 * explainable score whose weighted components are kept beside it, its reach weighted by how
 * distinct the idea's customers are from the rest ({@link io.verbatim.ideas.Distinctness}).
 *
 * <p>Needs: sentences tagged with themes, suggestion flags and actions. Adds: ranked
 * {@link io.verbatim.model.Idea}s and, per comment, the ids of the ideas it supports.
 *
 * <p>{@link io.verbatim.ideas.IdeaCollector} gathers evidence per comment and is mergeable (a
 * distributed runner aggregates it per partition); {@link io.verbatim.ideas.IdeaBuilder} turns the
 * merged evidence into ranked ideas; {@link io.verbatim.ideas.IdeaIndex} maps a comment back to its
 * ideas.
 */
package io.verbatim.ideas;
