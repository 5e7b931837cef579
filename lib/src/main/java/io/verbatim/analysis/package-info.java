/**
 * The per-comment front of the pipeline, as one serialisable object a runner ships to its
 * workers: annotation, then the stages that need nothing but the comment itself (aspects,
 * suggestions). Theme tagging comes later, once themes have been discovered over all comments.
 */
package io.verbatim.analysis;
