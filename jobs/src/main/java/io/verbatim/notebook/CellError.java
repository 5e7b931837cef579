package io.verbatim.notebook;

import java.util.ArrayList;
import java.util.List;

/**
 * A cell that did not compile or failed while running, told as the analyst needs it: what went
 * wrong and on which line of the cell, with that line shown, instead of the JVM's stack dump.
 * Jupyter shows {@link #getMessage()} as the error value and {@link #traceback()} as its body.
 */
public final class CellError extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String kind;
  private final int line;
  private final String cell;

  CellError(String kind, int line, String message, String cell) {
    super(kind + " on line " + line + ": " + message);
    this.kind = kind;
    this.line = line;
    this.cell = cell;
  }

  /** The exception type or "CompilationError". */
  public String kind() {
    return kind;
  }

  /** 1-based line of the cell. */
  public int line() {
    return line;
  }

  /** The lines Jupyter shows: the message, then the cell line with its neighbour above. */
  public List<String> traceback() {
    List<String> out = new ArrayList<>();
    out.add(getMessage());
    String[] lines = cell.split("\n", -1);
    for (int i = Math.max(1, line - 1); i <= Math.min(lines.length, line); i++) {
      out.add((i == line ? "--> " : "    ") + i + " | " + lines[i - 1]);
    }
    return out;
  }

  @Override
  public synchronized Throwable fillInStackTrace() {
    // Where the kernel noticed the error is of no use to the analyst.
    return this;
  }
}
