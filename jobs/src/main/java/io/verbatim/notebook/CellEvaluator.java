package io.verbatim.notebook;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.UnresolvedReferenceException;
import jdk.jshell.execution.DirectExecutionControl;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * Runs notebook cells with JShell in this JVM, so a cell's objects (a Spark session, a Dataset, a
 * chart) stay live between cells and the kernel can render the value of a cell's last expression.
 * A cell holds one or more snippets; errors are reported against the cell's own line numbers.
 */
final class CellEvaluator implements AutoCloseable {

  private final CapturingControl control = new CapturingControl();
  private final JShell shell;

  CellEvaluator(List<String> startup) {
    shell = JShell.builder()
        .executionEngine(new Provider(control), Map.of())
        .compilerOptions("--release", "17")
        .build();
    // The compiler needs the classpath the kernel runs on; classes load from the JVM's own
    // loader (parent first), so objects are shared with the kernel.
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      if (!entry.isBlank()) {
        shell.addToClasspath(entry);
      }
    }
    for (String s : startup) {
      eval(s);
    }
  }

  /**
   * Evaluates every snippet of a cell in order and returns the value of the last one when it is
   * an expression (null otherwise). Stops at the first snippet that fails, with a
   * {@link CellError} naming the cell line.
   */
  Object eval(String cell) {
    SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
    String rest = cell;
    int consumed = 0;
    Object result = null;
    while (!rest.isBlank()) {
      SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
      if (!info.completeness().isComplete()) {
        throw new CellError("IncompleteCode", lineOf(cell, consumed + leading(rest)),
            "the cell ends in the middle of a statement: " + firstLine(rest.strip()), cell);
      }
      // The snippet's source is the start of what is left of the cell (JShell may add a
      // closing semicolon). Its leading blank lines are cut: JShell counts the lines of a
      // statement wrongly after them, and without them offsets map straight back to the cell.
      String source = info.source();
      int blank = leading(source);
      result = evalSnippet(source.substring(blank), cell, consumed + blank);
      consumed += rest.length() - info.remaining().length();
      rest = info.remaining();
    }
    return result;
  }

  private Object evalSnippet(String source, String cell, int offset) {
    int firstLine = lineOf(cell, offset);
    control.reset();
    List<SnippetEvent> events = shell.eval(source);
    Object value = null;
    for (SnippetEvent e : events) {
      if (e.causeSnippet() != null) {
        continue;
      }
      Snippet snippet = e.snippet();
      JShellException thrown = e.exception();
      if (thrown != null) {
        throw runtimeError(thrown, snippet, cell, firstLine);
      }
      if (e.status() == Snippet.Status.REJECTED) {
        throw compileError(snippet, source, cell, offset);
      }
      if (e.status() == Snippet.Status.RECOVERABLE_DEFINED
          || e.status() == Snippet.Status.RECOVERABLE_NOT_DEFINED) {
        String missing = snippet instanceof DeclarationSnippet d
            ? shell.unresolvedDependencies(d).collect(Collectors.joining(", ")) : "?";
        throw new CellError("Unresolved", firstLine, "uses what is not defined: " + missing,
            cell);
      }
      value = switch (snippet.subKind()) {
        case VAR_VALUE_SUBKIND, OTHER_EXPRESSION_SUBKIND, TEMP_VAR_EXPRESSION_SUBKIND ->
            control.value;
        default -> null;
      };
    }
    return value;
  }

  private CellError compileError(Snippet snippet, String source, String cell, int offset) {
    List<Diag> errors = shell.diagnostics(snippet).filter(Diag::isError).toList();
    if (errors.isEmpty()) {
      return new CellError("CompilationError", lineOf(cell, offset),
          "the code does not compile", cell);
    }
    Diag d = errors.get(0);
    long pos = d.getPosition() == Diag.NOPOS ? d.getStartPosition() : d.getPosition();
    int line = lineOf(cell, offset + (int) Math.max(0, Math.min(pos, source.length())));
    // javac's message and its detail lines ("symbol: method foo(int)") on one line.
    return new CellError("CompilationError", line, d.getMessage(Locale.ENGLISH).lines()
        .map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.joining("; ")), cell);
  }

  /**
   * The cell line that threw: JShell names this snippet's frames "#id" with lines counted from
   * its first line. Frames of snippets from other cells (a method defined earlier) are
   * skipped: the analyst's line is the one in this cell.
   */
  private CellError runtimeError(JShellException thrown, Snippet snippet, String cell,
                                 int firstLine) {
    int line = firstLine;
    for (StackTraceElement f : thrown.getStackTrace()) {
      if (("#" + snippet.id()).equals(f.getFileName()) && f.getLineNumber() > 0) {
        line = firstLine + f.getLineNumber() - 1;
        break;
      }
    }
    if (thrown instanceof UnresolvedReferenceException u) {
      return new CellError("Unresolved", line, "uses what is not defined: "
          + shell.unresolvedDependencies(u.getSnippet()).collect(Collectors.joining(", ")), cell);
    }
    Throwable real = control.failure;
    String type = real != null ? real.getClass().getSimpleName()
        : thrown instanceof EvalException ee ? simpleName(ee.getExceptionClassName()) : "Error";
    return new CellError(type, line, describe(real != null ? real : thrown), cell);
  }

  /** The message and the causes' messages, first line of each: what went wrong, not where. */
  static String describe(Throwable t) {
    List<String> parts = new ArrayList<>();
    for (Throwable c = t; c != null && parts.size() < 3; c = c.getCause()) {
      String m = c.getMessage() == null ? c.getClass().getSimpleName() : firstLine(c.getMessage());
      if (c != t) {
        m = c.getClass().getSimpleName() + ": " + m;
      }
      String own = firstLine(String.valueOf(c.getMessage()));
      if (parts.stream().noneMatch(p -> p.contains(own))) {
        parts.add(m);
      }
      if (c.getCause() == c) {
        break;
      }
    }
    // JShell's wrapper classes mean nothing to the analyst: "REPL.$JShell$14.s" is "s".
    return String.join("\n  caused by ", parts).replaceAll("REPL\\.\\$JShell\\$\\w+\\.", "");
  }

  private static String simpleName(String className) {
    return className.substring(className.lastIndexOf('.') + 1);
  }

  /** Completions for the code at {@code cursor}: the candidates and where the word starts. */
  List<String> complete(String code, int cursor, int[] anchor) {
    return shell.sourceCodeAnalysis().completionSuggestions(code, cursor, anchor).stream()
        .map(SourceCodeAnalysis.Suggestion::continuation).distinct().toList();
  }

  /** Whether the code is a complete unit: "complete", "incomplete" or "invalid". */
  String completeness(String code) {
    SourceCodeAnalysis.CompletionInfo info = shell.sourceCodeAnalysis().analyzeCompletion(code);
    while (info.completeness().isComplete() && !info.remaining().isBlank()) {
      info = shell.sourceCodeAnalysis().analyzeCompletion(info.remaining());
    }
    return switch (info.completeness()) {
      case COMPLETE, COMPLETE_WITH_SEMI, EMPTY -> "complete";
      case DEFINITELY_INCOMPLETE, CONSIDERED_INCOMPLETE -> "incomplete";
      default -> "invalid";
    };
  }

  /** Interrupts the cell running now, if any: sleeps, waits and interruptible I/O stop. */
  void interrupt() {
    Thread t = control.running;
    if (t != null) {
      t.interrupt();
    }
  }

  @Override
  public void close() {
    shell.close();
  }

  private static int leading(String s) {
    int i = 0;
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** 1-based line of a character offset. */
  private static int lineOf(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  /**
   * Runs snippets directly on the kernel's thread and keeps the real result and exception, which
   * JShell's own controls only pass on as strings.
   */
  private static final class CapturingControl extends DirectExecutionControl {
    Object value;
    Throwable failure;
    volatile Thread running;

    void reset() {
      value = null;
      failure = null;
    }

    @Override
    protected String invoke(Method doit) throws Exception {
      running = Thread.currentThread();
      try {
        value = doit.invoke(null);
      } catch (InvocationTargetException e) {
        failure = e.getCause();
        throw e;
      } finally {
        running = null;
        Thread.interrupted();
      }
      return valueString(value);
    }
  }

  private record Provider(ExecutionControl control) implements ExecutionControlProvider {
    @Override
    public String name() {
      return "verbatim";
    }

    @Override
    public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
      return control;
    }
  }
}
