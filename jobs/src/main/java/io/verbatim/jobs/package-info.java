/**
 * The Spark jobs. They are thin on purpose: they find input files, move records between
 * executors, aggregate the mergeable accumulators of {@code verbatim-lib}, and write Parquet.
 * Every decision about text lives in the library. {@link io.verbatim.jobs.RunJob#run} reads as
 * the flow itself (ingest, annotate, themes, ideas, outputs); {@link io.verbatim.jobs.NightlyJob}
 * runs the same steps over its rolling window and writes the digest under the same lock.
 */
package io.verbatim.jobs;
