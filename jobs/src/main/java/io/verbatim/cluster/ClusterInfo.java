package io.verbatim.cluster;

/**
 * Where a running standalone cluster answers.
 *
 * @param masterUrl the {@code spark://} URL jobs are submitted to
 * @param webUi the master's web UI; its JSON status is at {@code webUi + "/json/"}
 */
public record ClusterInfo(String masterUrl, String webUi) {
}
