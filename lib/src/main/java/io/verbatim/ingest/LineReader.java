package io.verbatim.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads physical lines, keeping each one's line break (CSV values may contain them) and never
 * holding more than {@code maxChars} of one line: the rest of an over-long line is skipped, so a
 * file without line breaks cannot exhaust memory.
 */
final class LineReader implements Closeable {

  /**
   * One physical line.
   *
   * @param number 1-based line number
   * @param text the line without its break; cut to maxChars when {@code truncated}
   * @param lineBreak "\n", "\r\n", "\r", or "" for a last line without one
   * @param truncated whether the line was longer than maxChars
   */
  record Line(long number, String text, String lineBreak, boolean truncated) {
    boolean isBlank() {
      return !truncated && text.isBlank();
    }
  }

  private final Reader reader;
  private final int maxChars;
  private final char[] buffer = new char[8192];
  private int pos;
  private int limit;
  private boolean eof;
  private long lineNumber;

  LineReader(InputStream in, int maxChars) {
    // Replace malformed bytes rather than fail: one bad byte must not cost the whole file.
    this.reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE));
    this.maxChars = maxChars;
  }

  /** The next line, or null at the end of the input. */
  Line next() throws IOException {
    StringBuilder text = new StringBuilder();
    boolean truncated = false;
    boolean readAny = false;
    while (fill()) {
      readAny = true;
      int start = pos;
      while (pos < limit && buffer[pos] != '\n' && buffer[pos] != '\r') {
        pos++;
      }
      int room = maxChars - text.length();
      int length = pos - start;
      text.append(buffer, start, Math.min(length, room));
      truncated |= length > room;
      if (pos < limit) {
        return finish(text, lineBreak(), truncated);
      }
    }
    return readAny ? finish(text, "", truncated) : null;
  }

  private String lineBreak() throws IOException {
    char c = buffer[pos++];
    if (c == '\r' && fill() && buffer[pos] == '\n') {
      pos++;
      return "\r\n";
    }
    return c == '\r' ? "\r" : "\n";
  }

  private Line finish(StringBuilder text, String lineBreak, boolean truncated) {
    lineNumber++;
    // Spreadsheet exports often start with a byte-order mark; it is not part of the first name.
    if (lineNumber == 1 && text.length() > 0 && text.charAt(0) == '\uFEFF') {
      text.deleteCharAt(0);
    }
    return new Line(lineNumber, text.toString(), lineBreak, truncated);
  }

  /** Makes sure a character is buffered; false at the end of the input. */
  private boolean fill() throws IOException {
    while (pos >= limit && !eof) {
      int n = reader.read(buffer, 0, buffer.length);
      if (n < 0) {
        eof = true;
      } else {
        pos = 0;
        limit = n;
      }
    }
    return pos < limit;
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
