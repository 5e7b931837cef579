package io.verbatim.index;

import io.verbatim.config.VerbatimConfig;
import io.verbatim.model.Idea;
import io.verbatim.model.Theme;
import io.verbatim.model.ThemeSummary;
import io.verbatim.samples.SampleComment;
import io.verbatim.samples.SampleGenerator;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/**
 * Builds an index of N synthetic sentences and measures build rate and query latency. Not a
 * test: run it by hand and read the figures.
 *
 * <pre>
 * mvn -q -pl lib test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
 * java -Xmx6g -cp lib/target/test-classes:lib/target/classes:$(cat lib/target/classpath.txt) \
 *     io.verbatim.index.IndexBenchmark [sentences=1000000] [folder=temporary] [queries=2000]
 * </pre>
 *
 * <p>{@code -Dbench.reuse=true} with an existing folder skips the build and only measures.
 *
 * <p>Sentences are the sample generator's comments (Northwind Air) split at sentence ends, with
 * their real dates, channel, product and region; themes come from keywords (eight parents with
 * four sub-themes each, a sub-theme for about half of the matches), sentiment is random.
 *
 * <p>Latency (wall and CPU time of the searching thread) is measured single-threaded, through
 * {@link SearchService#search} (parsing, facets over all hits, highlighting of a 20-hit page
 * included), after a warm-up, over a fixed mix: terms, phrases, booleans, prefixes, filtered
 * (faceted) searches and the blank landing page.
 */
public final class IndexBenchmark {

  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\n+");
  private static final String[][] PARENTS = {
      {"Baggage", "Logistics", "bag", "luggage", "suitcase", "belt"},
      {"Delays", "Operations", "delay", "late", "waited", "cancel"},
      {"Staff", "Customer Service", "staff", "crew", "agent", "rude"},
      {"Wifi", "IT", "wifi", "internet", "connection"},
      {"Food", "Catering", "meal", "food", "coffee", "vegetarian"},
      {"Refunds", "Billing", "refund", "voucher", "compensation", "charge"},
      {"App", "Digital", "app", "website", "online", "login"},
      {"Seats", "Product", "seat", "legroom", "aisle", "row"},
  };
  private static final String[] CHILDREN = {"slow", "cost", "quality", "information"};

  private IndexBenchmark() {
  }

  public static void main(String[] args) throws IOException {
    int n = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 1_000_000;
    Path out = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("verbatim-bench");
    int queries = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
    VerbatimConfig.Index cfg = new VerbatimConfig.Index("default", 1000, 2000);
    System.out.printf(Locale.ROOT, "Index benchmark: %,d sentences into %s, %d cores, heap %d MB%n",
        n, out, Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20);

    List<ThemeSummary> themes = themes();
    if (Boolean.getBoolean("bench.reuse") && Files.exists(out.resolve("index"))) {
      System.out.println("reusing the index already in " + out + " (-Dbench.reuse=true)");
    } else {
      build(n, out, cfg, themes);
    }
    measure(out, cfg, themes, queries);
  }

  private static void build(int n, Path out, VerbatimConfig.Index cfg, List<ThemeSummary> themes)
      throws IOException {
    long t0 = System.nanoTime();
    List<SentenceDoc> docs = sentences(n);
    System.out.printf(Locale.ROOT, "generated %,d sentences in %.1f s%n", docs.size(),
        secs(t0));

    long t1 = System.nanoTime();
    IndexStats stats;
    double addSeconds;
    try (IndexBuilder b = IndexBuilder.create(out, cfg)) {
      themes.forEach(b::addTheme);
      for (SentenceDoc d : docs) {
        b.addSentence(d);
      }
      addSeconds = secs(t1);
      for (int i = 0; i < themes.size(); i++) {
        ThemeSummary t = themes.get(i);
        b.addIdea(new Idea("i" + i, i + 1, "fix " + t.theme().label().toLowerCase(Locale.ROOT),
            t.theme().id(), t.theme().owner(), true, 10, -0.5, null, null, 0.5,
            new Idea.ScoreComponents(0.2, 0.1, 0.1, 0.1), List.of()));
      }
      stats = b.commit();
    }
    double total = secs(t1);
    System.out.printf(Locale.ROOT, "build: %,d docs added in %.1f s (%,.0f docs/s); with merge to"
        + " one segment and switch %.1f s (%,.0f docs/s overall)%n", stats.sentences(),
        addSeconds, stats.sentences() / addSeconds, total, stats.sentences() / total);
  }

  private static void measure(Path out, VerbatimConfig.Index cfg, List<ThemeSummary> themes,
                              int queries) throws IOException {
    System.gc();
    try (SearchService service = LuceneSearchService.open(out, cfg)) {
      Map<String, List<SearchRequest>> mix = mix(themes);
      List<SearchRequest> all = mix.values().stream().flatMap(List::stream).toList();
      long t2 = System.nanoTime();
      int warm = 0;
      while (warm < 500 || secs(t2) < 10) {
        service.search(all.get(warm++ % all.size()));
      }
      System.out.printf(Locale.ROOT, "warm-up: %d queries%n", warm);

      // Wall time is what a user waits; CPU time of the searching thread shows the cost without
      // the noise of other processes sharing the machine.
      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      Map<String, List<Double>> byKind = new LinkedHashMap<>();
      Map<String, List<Double>> cpuByKind = new LinkedHashMap<>();
      List<Double> every = new ArrayList<>();
      List<Double> everyCpu = new ArrayList<>();
      long partial = 0;
      List<String> kinds = new ArrayList<>(mix.keySet());
      for (int i = 0; i < queries; i++) {
        String kind = kinds.get(i % kinds.size());
        List<SearchRequest> requests = mix.get(kind);
        SearchRequest r = requests.get((i / kinds.size()) % requests.size());
        long cpu = threads.getCurrentThreadCpuTime();
        long s = System.nanoTime();
        SearchResult result = service.search(r);
        double ms = (System.nanoTime() - s) / 1e6;
        double cpuMs = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
        partial += result.partial() ? 1 : 0;
        byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(ms);
        cpuByKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(cpuMs);
        every.add(ms);
        everyCpu.add(cpuMs);
      }
      System.out.printf(Locale.ROOT, "load average now: %.2f%n",
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
      System.out.printf(Locale.ROOT, "%-10s %8s %8s %8s %8s %8s   %s%n", "wall ms", "count",
          "p50", "p95", "p99", "max", "(CPU ms: p50 p95 p99)");
      byKind.forEach((k, v) -> print(k, v, cpuByKind.get(k)));
      print("all", every, everyCpu);
      System.out.printf(Locale.ROOT, "partial (timed out) answers: %d%n", partial);
      System.out.println("the mix:");
      for (SearchRequest req : all) {
        SearchResult r = service.search(req);
        System.out.printf(Locale.ROOT, "  %-70s %,9d hits%n", describe(req), r.total());
      }
    }
  }

  /** One request list per kind of query; the kinds alternate so each gets the same share. */
  private static Map<String, List<SearchRequest>> mix(List<ThemeSummary> themes) {
    Map<String, List<SearchRequest>> mix = new LinkedHashMap<>();
    mix.put("term", List.of(q("delay"), q("refund"), q("staff"), q("wifi"), q("lounge"),
        q("helpful")));
    mix.put("phrase", List.of(q("\"lost luggage\""), q("\"customer service\""),
        q("\"service desk\""), q("\"on time\"")));
    mix.put("boolean", List.of(q("refund AND NOT voucher"), q("wifi OR internet"),
        q("(delay OR cancelled) AND staff"), q("app -website")));
    mix.put("prefix", List.of(q("cancel*"), q("book*"), q("upgr*"), q("comp*")));
    String parent = themes.get(0).theme().id();
    String child = themes.get(PARENTS.length + 1).theme().id();
    mix.put("faceted", List.of(
        f("delay", Map.of("channel", List.of("app_review", "chat"))),
        f("", Map.of("theme", List.of(parent))),
        f("refund", Map.of("region", List.of("UK"), "sentiment", List.of("negative"))),
        f("", Map.of("date", List.of("7d"))),
        f("staff", Map.of("owner", List.of("Customer Service"), "theme", List.of(child)))));
    mix.put("blank", List.of(q(""), new SearchRequest("", Map.of(), null, null, 3, 20)));
    return mix;
  }

  private static SearchRequest q(String query) {
    return SearchRequest.of(query);
  }

  private static SearchRequest f(String query, Map<String, List<String>> filters) {
    return new SearchRequest(query, filters, null, null, 1, 20);
  }

  private static String describe(SearchRequest r) {
    return (r.query().isEmpty() ? "(blank)" : r.query()) + (r.filters().isEmpty() ? ""
        : " " + r.filters());
  }

  private static void print(String kind, List<Double> ms, List<Double> cpuMs) {
    double[] v = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    double[] c = cpuMs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    System.out.printf(Locale.ROOT, "%-10s %8d %8.2f %8.2f %8.2f %8.2f   (%.2f %.2f %.2f)%n", kind,
        v.length, pct(v, 50), pct(v, 95), pct(v, 99), v[v.length - 1], pct(c, 50), pct(c, 95),
        pct(c, 99));
  }

  private static double pct(double[] sorted, int p) {
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  private static double secs(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  /** Eight parents with four sub-themes each; ids t0..t7 for parents. */
  private static List<ThemeSummary> themes() {
    List<ThemeSummary> out = new ArrayList<>();
    for (int p = 0; p < PARENTS.length; p++) {
      out.add(summary(new Theme("t" + p, PARENTS[p][0].toLowerCase(Locale.ROOT), PARENTS[p][0],
          null, PARENTS[p][1], List.of(), true)));
    }
    for (int p = 0; p < PARENTS.length; p++) {
      for (int c = 0; c < CHILDREN.length; c++) {
        String label = PARENTS[p][0] + " " + CHILDREN[c];
        out.add(summary(new Theme("t" + p + "-" + c, label.toLowerCase(Locale.ROOT), label,
            "t" + p, PARENTS[p][1], List.of(), false)));
      }
    }
    return out;
  }

  private static ThemeSummary summary(Theme t) {
    return new ThemeSummary(t, 1000, 0.1, -0.1, 0.3, 0.01, -0.5);
  }

  private static List<SentenceDoc> sentences(int n) {
    SampleGenerator probe = SampleGenerator.withDefaults(42);
    long sampleSentences = probe.comments(2000)
        .mapToLong(c -> split(c.text()).length).sum();
    long comments = (long) Math.ceil(n / (sampleSentences / 2000.0) * 1.05);
    SampleGenerator gen = SampleGenerator.withDefaults(42);
    List<SentenceDoc> out = new ArrayList<>(n);
    Iterator<SampleComment> it = gen.comments(comments).iterator();
    int round = 0;
    while (out.size() < n) {
      if (!it.hasNext()) {
        it = gen.withIdPrefix("R" + (++round) + "-").comments(comments).iterator();
      }
      SampleComment c = it.next();
      String[] parts = split(c.text());
      SplittableRandom r = new SplittableRandom(c.id().hashCode());
      for (int i = 0; i < parts.length && out.size() < n; i++) {
        out.add(sentence(c, i, parts[i], r));
      }
    }
    return out;
  }

  private static String[] split(String text) {
    return Arrays.stream(SENTENCE_END.split(text.strip())).map(String::strip)
        .filter(s -> !s.isEmpty()).toArray(String[]::new);
  }

  private static SentenceDoc sentence(SampleComment c, int index, String text,
                                      SplittableRandom r) {
    String lower = text.toLowerCase(Locale.ROOT);
    List<String> themes = new ArrayList<>();
    for (int p = 0; p < PARENTS.length && themes.size() < 2; p++) {
      for (int k = 2; k < PARENTS[p].length; k++) {
        if (lower.contains(PARENTS[p][k])) {
          themes.add(r.nextBoolean() ? "t" + p + "-" + r.nextInt(CHILDREN.length) : "t" + p);
          break;
        }
      }
    }
    double score = Math.max(-1, Math.min(1, r.nextGaussian() * 0.5 - 0.1));
    String label = score < -0.2 ? "negative" : score > 0.2 ? "positive" : "neutral";
    boolean suggestion = lower.contains("please") || lower.contains("should")
        || lower.contains("wish") || lower.startsWith("add ");
    Map<String, String> meta = Map.of("channel", c.channel(), "product", c.product(), "region",
        c.region());
    return new SentenceDoc(c.id(), index, text, c.createdAt(), label, score, themes, List.of(),
        suggestion, suggestion ? lower : null, (double) c.score(), meta);
  }
}
