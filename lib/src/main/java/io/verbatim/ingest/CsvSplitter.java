package io.verbatim.ingest;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Finds where CSV records begin and end (RFC 4180: a line break inside quotes belongs to the
 * value), without decoding fields. Working line by line is what lets a broken record be rejected
 * alone: after a record that fails, {@link #resumeAfterFirstLine} hands its other lines back so
 * reading goes on at the line after the one where the trouble started.
 */
final class CsvSplitter {

  /**
   * The lines of one record.
   *
   * @param problem null when the record is complete; else why it cannot be decoded
   */
  record Chunk(List<LineReader.Line> lines, String problem) {

    long firstLine() {
      return lines.get(0).number();
    }

    /** The record's text: its lines with the breaks between them, without the last break. */
    String text() {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < lines.size(); i++) {
        text.append(lines.get(i).text());
        if (i < lines.size() - 1) {
          text.append(lines.get(i).lineBreak());
        }
      }
      return text.toString();
    }
  }

  private final LineReader reader;
  private final int maxChars;
  private final Deque<LineReader.Line> pushedBack = new ArrayDeque<>();

  CsvSplitter(LineReader reader, int maxChars) {
    this.reader = reader;
    this.maxChars = maxChars;
  }

  /** The next record, skipping blank lines between records; null at the end of the input. */
  Chunk next() throws IOException {
    LineReader.Line line = nextLine();
    while (line != null && line.isBlank()) {
      line = nextLine();
    }
    if (line == null) {
      return null;
    }
    List<LineReader.Line> lines = new ArrayList<>();
    QuoteState state = new QuoteState();
    long chars = 0;
    while (true) {
      lines.add(line);
      chars += line.text().length() + line.lineBreak().length();
      if (line.truncated() || chars > maxChars) {
        return new Chunk(lines, "record longer than " + maxChars + " characters");
      }
      if (!state.scan(line.text())) {
        return new Chunk(lines, null);
      }
      line = nextLine();
      if (line == null) {
        return new Chunk(lines, "quoted value never closed");
      }
    }
  }

  /**
   * Puts back all but the first line of a record that could not be read. A stray quote makes the
   * splitter swallow the lines after it; this recovers them.
   */
  void resumeAfterFirstLine(Chunk chunk) {
    List<LineReader.Line> lines = chunk.lines();
    for (int i = lines.size() - 1; i >= 1; i--) {
      pushedBack.push(lines.get(i));
    }
  }

  private LineReader.Line nextLine() throws IOException {
    return pushedBack.isEmpty() ? reader.next() : pushedBack.pop();
  }

  /** Quote tracking across the lines of one record, by the same rules Jackson decodes with. */
  private static final class QuoteState {
    private boolean inQuotes;

    /** Scans a line; true if it ends inside a quoted value, so the record goes on. */
    boolean scan(String text) {
      boolean fieldStart = !inQuotes;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (inQuotes) {
          if (c == '"') {
            if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
              i++; // an escaped quote
            } else {
              inQuotes = false;
            }
          }
        } else if (c == ',') {
          fieldStart = true;
          continue;
        } else if (c == '"' && fieldStart) {
          inQuotes = true; // only a quote that opens a field quotes; elsewhere it is literal
        }
        fieldStart = false;
      }
      return inQuotes;
    }
  }
}
