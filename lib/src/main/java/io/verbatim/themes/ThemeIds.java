package io.verbatim.themes;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Stable ids: a hash of the canonical key, so the same theme (or idea) gets the same id on every
 * run over any input, and ids can be compared across runs and tools.
 */
public final class ThemeIds {

  private ThemeIds() {
  }

  public static String theme(String key) {
    return "t-" + hash(key);
  }

  /** Stable id for any canonical key with a type prefix ("i" for ideas). */
  public static String of(String prefix, String key) {
    return prefix + "-" + hash(key);
  }

  /**
   * The id of a theme or idea found among the answers to one survey question: the same kind
   * prefix, hashed with the question, so "Seats" under Q2 and under Q3 are two themes with ids
   * as stable as the question's column name.
   */
  public static String inQuestion(String id, String question) {
    int dash = id.indexOf('-');
    String prefix = dash > 0 ? id.substring(0, dash) : "x";
    return of(prefix, question + "\u001f" + id);
  }

  private static String hash(String key) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
