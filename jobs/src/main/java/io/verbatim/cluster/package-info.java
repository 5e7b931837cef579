/**
 * Spark's own standalone cluster on this machine, and spark-submit with the project's
 * application jar. Nothing here schedules work: it starts Spark's {@code Master} and
 * {@code Worker} daemons from the Spark jars the build resolved, remembers their process ids in
 * one folder so that exactly those processes can be stopped, reads the master's JSON status, and
 * builds the {@code SparkSubmit} command line.
 */
package io.verbatim.cluster;
