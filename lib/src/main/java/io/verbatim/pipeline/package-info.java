/**
 * The per-comment analysis chain, modelled on CoreNLP's annotator contract: each
 * {@link io.verbatim.pipeline.CommentStage} declares what it needs and what it adds, and
 * {@link io.verbatim.pipeline.CommentPipeline} refuses a chain whose needs are not met by the
 * stages before it. Stages are small, composable and serialisable; the heavy CoreNLP models behind
 * annotation are loaded lazily per JVM, never shipped.
 */
package io.verbatim.pipeline;
