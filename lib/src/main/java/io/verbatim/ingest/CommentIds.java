package io.verbatim.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Ids for comments whose input has no id: derived, so every run gives the same ids. */
public final class CommentIds {

  private CommentIds() {
  }

  /**
   * {@code "c-"} and the first 16 hex digits of SHA-256 of {@code source + "#" + position}: stable
   * as long as the file keeps its path relative to the input root and its record order.
   */
  public static String derive(String source, long position) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256")
          .digest((source + "#" + position).getBytes(StandardCharsets.UTF_8));
      return "c-" + HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
