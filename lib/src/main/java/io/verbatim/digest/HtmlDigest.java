package io.verbatim.digest;

import java.util.List;

/**
 * A rendered HTML digest and the chart images it shows: with {@link ImageMode#DATA_URI} they are
 * already inside the HTML (listed for reference); with {@link ImageMode#CID} they must travel as
 * inline parts with those Content-IDs (as {@link DigestMailer} sends them).
 */
public record HtmlDigest(String html, ImageMode mode, List<ChartImage> images) {

  public HtmlDigest {
    images = List.copyOf(images);
  }
}
