package io.verbatim.digest;

/**
 * The run's record counts as in its manifest ({@code read = accepted + rejected}).
 *
 * @param sentences sentences of the accepted comments
 * @param suggestions sentences flagged as suggestions
 */
public record RunCounts(long read, long accepted, long rejected, long sentences,
                        long suggestions) {

  public RunCounts {
    if (read != accepted + rejected) {
      throw new IllegalArgumentException("counts do not reconcile: read " + read
          + " != accepted " + accepted + " + rejected " + rejected);
    }
  }
}
