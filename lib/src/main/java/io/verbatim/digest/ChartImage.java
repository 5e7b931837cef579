package io.verbatim.digest;

import java.util.Base64;

/**
 * A chart rendered to PNG.
 *
 * @param contentId the Content-ID of its inline e-mail part (without angle brackets)
 * @param fileName name of the attachment
 * @param alt text shown when images are off
 * @param png the image, drawn at twice {@code width} x {@code height} for sharp high-density
 *     screens
 * @param width display width in CSS pixels
 * @param height display height in CSS pixels
 */
public record ChartImage(String contentId, String fileName, String alt, byte[] png, int width,
                         int height) {

  public static final String MIME_TYPE = "image/png";

  public String dataUri() {
    return "data:" + MIME_TYPE + ";base64," + Base64.getEncoder().encodeToString(png);
  }

  /** What an {@code img src} holds in the given mode. */
  public String src(ImageMode mode) {
    return mode == ImageMode.CID ? "cid:" + contentId : dataUri();
  }
}
