package io.verbatim.evaluate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The hand-labelled kinds of a sample of dev items of the two suggestion trial sets
 * ({@code suggestion-kinds.csv}, ids only; how they were labelled is in its header).
 */
final class KindSample {

  static final String RESOURCE = "suggestion-kinds.csv";
  private static final Set<String> KINDS = Set.of("none", "change", "advice", "endorsement");

  private KindSample() {
  }

  /** Kind by item id, for one set. */
  static Map<String, String> of(String set) {
    Map<String, String> kinds = new HashMap<>();
    try (InputStream in = KindSample.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#") || line.equals("set,id,kind")) {
          continue;
        }
        String[] f = line.split(",", -1);
        if (f.length != 3 || !KINDS.contains(f[2])) {
          throw new IllegalStateException(RESOURCE + ": bad line " + line);
        }
        if (f[0].equals(set)) {
          kinds.put(f[1], f[2]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return kinds;
  }
}
