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

  /** The stage name of a whole annotation (tagging + the annotator's sentiment), for reports. */
  static String annotation(io.verbatim.annotate.CommentAnnotator annotator) {
    return io.verbatim.annotate.CommentAnnotator.RNTN.equals(annotator.sentimentModel())
        ? "tagging+parse+RNTN" : "tagging+" + annotator.sentimentModel() + " sentiment";
  }

  public double perSecond() {
    return seconds <= 0 ? 0 : sentences / seconds;
  }
}
