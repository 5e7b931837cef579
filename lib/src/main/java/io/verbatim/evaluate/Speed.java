package io.verbatim.evaluate;

/**
 * Throughput of one stage.
 *
 * @param stage what was timed
 * @param sentences sentences processed
 * @param seconds wall-clock seconds
 * @param threads threads that shared the work
 */
public record Speed(String stage, long sentences, double seconds, int threads) {

  public double perSecond() {
    return seconds <= 0 ? 0 : sentences / seconds;
  }
}
