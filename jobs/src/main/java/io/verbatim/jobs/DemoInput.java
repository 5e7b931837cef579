package io.verbatim.jobs;

import java.nio.file.Path;

/**
 * What the demo analyses: the sample comments of {@code data-samples/} and their subfolder, not
 * the survey export beside them (another layout, with its own columns: see the README).
 */
public final class DemoInput {

  private DemoInput() {
  }

  /** The demo's input glob under a checkout's {@code data-samples} folder. */
  public static String of(Path samples) {
    return samples + "/{comments.csv,more}";
  }
}
