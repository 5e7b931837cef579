package io.verbatim.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layout the README promises, checked on the compiled classes with the JDK's own jdeps:
 * no package cycles in either jar, and the library jar holds only what {@code run},
 * {@code nightly}, {@code serve} and {@code digest} execute.
 */
class ArchitectureTest {

  private static final Path LIB = Path.of("../lib/target/classes");
  private static final Path JOBS = Path.of("target/classes");
  private static final Pattern EDGE =
      Pattern.compile("^\\s+(io\\.verbatim[\\w.]*)\\s+->\\s+(io\\.verbatim[\\w.]*)\\s");

  @Test
  void libraryHasNoPackageCycles() throws IOException {
    assertEquals(List.of(), cycles(packageGraph(LIB)), "package cycles in the library");
  }

  @Test
  void jobsHaveNoPackageCycles() throws IOException {
    Map<String, Set<String>> graph = packageGraph(JOBS, LIB);
    assertEquals(List.of(), cycles(graph), "package cycles across jobs and the library");
  }

  @Test
  void libraryShipsNoEvaluationTrainingOrSampleCode() throws IOException {
    Set<String> packages = packagesUnder(LIB);
    assertTrue(packages.contains("io.verbatim.themes"), "library classes not found: " + packages);
    for (String measuring : List.of("io.verbatim.evaluate", "io.verbatim.training",
        "io.verbatim.samples")) {
      assertTrue(packages.stream().noneMatch(p -> p.startsWith(measuring)),
          measuring + " must live in jobs, not in the library jar: " + packages);
    }
  }

  @Test
  void libraryDoesNotDependOnSpark() throws IOException {
    String out = jdeps("-verbose:package", "-filter:none", LIB.toString());
    assertTrue(!out.contains("org.apache.spark"), "the library refers to Spark");
  }

  /** Package → packages it uses (io.verbatim only), read from jdeps over the class folders. */
  static Map<String, Set<String>> packageGraph(Path... folders) {
    List<String> args = new ArrayList<>(List.of("-verbose:package", "-e", "io\\.verbatim\\..*"));
    if (folders.length > 1) {
      StringBuilder cp = new StringBuilder();
      for (int i = 1; i < folders.length; i++) {
        cp.append(i > 1 ? java.io.File.pathSeparator : "").append(folders[i]);
      }
      args.add("-cp");
      args.add(cp.toString());
      args.add("-recursive");
    }
    args.add(folders[0].toString());
    Map<String, Set<String>> graph = new TreeMap<>();
    for (String line : jdeps(args.toArray(String[]::new)).split("\n")) {
      Matcher m = EDGE.matcher(line);
      if (m.find() && !m.group(1).equals(m.group(2))) {
        graph.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(m.group(2));
      }
    }
    assertTrue(!graph.isEmpty(), "jdeps found no dependencies under " + List.of(folders));
    return graph;
  }

  /** Strongly connected components of more than one package (Tarjan's algorithm). */
  static List<Set<String>> cycles(Map<String, Set<String>> graph) {
    Map<String, Integer> index = new HashMap<>();
    Map<String, Integer> low = new HashMap<>();
    Deque<String> stack = new ArrayDeque<>();
    List<Set<String>> found = new ArrayList<>();
    for (String v : graph.keySet()) {
      if (!index.containsKey(v)) {
        connect(v, graph, index, low, stack, found);
      }
    }
    return found;
  }

  private static void connect(String v, Map<String, Set<String>> graph, Map<String, Integer> index,
                              Map<String, Integer> low, Deque<String> stack,
                              List<Set<String>> found) {
    index.put(v, index.size());
    low.put(v, index.get(v));
    stack.push(v);
    for (String w : graph.getOrDefault(v, Set.of())) {
      if (!index.containsKey(w)) {
        connect(w, graph, index, low, stack, found);
        low.put(v, Math.min(low.get(v), low.get(w)));
      } else if (stack.contains(w)) {
        low.put(v, Math.min(low.get(v), index.get(w)));
      }
    }
    if (low.get(v).equals(index.get(v))) {
      Set<String> component = new TreeSet<>();
      String w;
      do {
        w = stack.pop();
        component.add(w);
      } while (!w.equals(v));
      if (component.size() > 1) {
        found.add(component);
      }
    }
  }

  private static Set<String> packagesUnder(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      Set<String> packages = new TreeSet<>();
      files.filter(f -> f.toString().endsWith(".class")).forEach(f -> packages.add(
          folder.relativize(f.getParent()).toString().replace(java.io.File.separatorChar, '.')));
      return packages;
    }
  }

  private static String jdeps(String... args) {
    ToolProvider jdeps = ToolProvider.findFirst("jdeps")
        .orElseThrow(() -> new AssertionError("this JDK has no jdeps"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PrintWriter w = new PrintWriter(out, true, StandardCharsets.UTF_8)) {
      int code = jdeps.run(w, w, args);
      w.flush();
      assertEquals(0, code, "jdeps failed: " + out.toString(StandardCharsets.UTF_8));
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void cycleFinderFindsACycle() {
    Map<String, Set<String>> graph = Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"),
        "d", Set.of("a"));
    assertEquals(List.of(Set.of("a", "b", "c")), cycles(new TreeMap<>(graph)));
  }
}
