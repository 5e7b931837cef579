package io.verbatim.jobs;

import io.verbatim.config.VerbatimConfig;

/**
 * What to run: where the comments are, where outputs go, and the effective configuration.
 *
 * @param input a file, a folder or a glob, on any Hadoop file system
 * @param out the output folder
 * @param config configuration after defaults, file and flags
 */
public record RunRequest(String input, String out, VerbatimConfig config) {
}
