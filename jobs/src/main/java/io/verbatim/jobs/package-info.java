/**
 * The Spark jobs. They are thin on purpose: they find input files, move records between
 * executors, aggregate the mergeable accumulators of {@code verbatim-lib}, and write Parquet.
 * Every decision about text lives in the library.
 */
package io.verbatim.jobs;
