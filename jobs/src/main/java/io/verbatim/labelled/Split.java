package io.verbatim.labelled;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The one rule that splits every labelled set into the part people read while developing (dev)
 * and the sealed part only {@code verbatim evaluate} scores. An item's part depends only on the
 * set's name and the item's id, never on its text or label, so the split is the same on every
 * machine and run, and a set that grows keeps its old items where they were.
 *
 * <p>The set name is part of the hash so that two sets sharing ids (row numbers) are sealed
 * independently.
 */
public enum Split {
  DEV, SEALED;

  /** Share of every set that is sealed. */
  public static final double SEALED_SHARE = 0.4;

  /** The part of set {@code set} that item {@code id} belongs to. */
  public static Split of(String set, String id) {
    return unit(set, id) < SEALED_SHARE ? SEALED : DEV;
  }

  public static boolean sealed(String set, String id) {
    return of(set, id) == SEALED;
  }

  /** A uniform number in [0, 1) from SHA-256 of set and id. */
  static double unit(String set, String id) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256")
          .digest((set + "\u0000" + id.strip()).getBytes(StandardCharsets.UTF_8));
      long bits = 0;
      for (int i = 0; i < 7; i++) {
        bits = (bits << 8) | (h[i] & 0xff);
      }
      return bits / (double) (1L << 56);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

  /** Which part of a set a report line speaks about. */
  public String label() {
    return this == SEALED ? "sealed" : "dev";
  }
}
