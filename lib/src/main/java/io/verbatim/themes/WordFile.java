package io.verbatim.themes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A word-list resource of this package: lines under {@code [section]} headers, '#' starting a
 * comment. The theme rules keep their words here so they can be read and edited without code.
 */
final class WordFile {

  private final String resource;
  private final Map<String, List<String>> lines;

  private WordFile(String resource, Map<String, List<String>> lines) {
    this.resource = resource;
    this.lines = lines;
  }

  static WordFile load(String resource) {
    Map<String, List<String>> lines = new LinkedHashMap<>();
    try (InputStream in = WordFile.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String section = null;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        int hash = line.indexOf('#');
        String text = (hash >= 0 ? line.substring(0, hash) : line).strip();
        if (text.startsWith("[") && text.endsWith("]")) {
          section = text.substring(1, text.length() - 1);
        } else if (!text.isEmpty()) {
          if (section == null) {
            throw new IllegalStateException(resource + ": no section for '" + text + "'");
          }
          lines.computeIfAbsent(section, k -> new ArrayList<>()).add(text);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return new WordFile(resource, lines);
  }

  /** The lines of a section, each as written; a missing section is an error in the file. */
  List<String> lines(String section) {
    List<String> out = lines.get(section);
    if (out == null) {
      throw new IllegalStateException(resource + ": no [" + section + "] section");
    }
    return out;
  }

  /**
   * A section of {@code key | value} lines as a map, in file order; a line without its value is
   * an error in the file.
   */
  Map<String, String> pairs(String section) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : lines(section)) {
      String[] f = line.split("\\s*\\|\\s*");
      if (f.length < 2) {
        throw new IllegalStateException(resource + ": [" + section + "] '" + line
            + "' needs 'key | value'");
      }
      out.put(f[0], f[1]);
    }
    return Collections.unmodifiableMap(out);
  }

  /** Every word of a section. */
  Set<String> words(String section) {
    Set<String> out = new LinkedHashSet<>();
    for (String line : lines(section)) {
      out.addAll(List.of(line.split("\\s+")));
    }
    return Set.copyOf(out);
  }
}
