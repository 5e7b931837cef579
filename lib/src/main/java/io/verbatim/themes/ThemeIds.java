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
