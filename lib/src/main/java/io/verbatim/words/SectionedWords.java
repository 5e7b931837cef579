package io.verbatim.words;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;

/**
 * Reads a rule's word-list data file from the classpath: lines under {@code [section]} headers,
 * {@code #} starting a comment, blank lines skipped. A missing file or a line before any header
 * is an error: a rule must never run with half its words.
 */
public final class SectionedWords {

  private SectionedWords() {
  }

  /**
   * Hands each non-empty line (comment stripped, trimmed) to {@code sink} with its section header
   * ("[negations]").
   *
   * @param owner the class the resource name is relative to
   */
  public static void read(Class<?> owner, String resource, BiConsumer<String, String> sink) {
    InputStream in = owner.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing resource " + resource + " beside " + owner);
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String section = null;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        int hash = line.indexOf('#');
        String text = (hash >= 0 ? line.substring(0, hash) : line).strip();
        if (text.startsWith("[")) {
          section = text;
        } else if (!text.isEmpty()) {
          if (section == null) {
            throw new IllegalStateException(resource + ": no section for " + text);
          }
          sink.accept(section, text);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
