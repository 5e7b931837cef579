package io.verbatim.notebook;

import static org.apache.spark.sql.functions.array_contains;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.round;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.verbatim.config.ConfigLoader;
import io.verbatim.config.VerbatimConfig;
import io.verbatim.ideas.IdeaRanking;
import io.verbatim.model.Idea;
import io.verbatim.model.ThemeSummary;
import io.verbatim.themes.Taxonomy;
import io.verbatim.themes.ThemeIds;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Trying changes before making them permanent: other ranking weights (lib's
 * {@link IdeaRanking}, from the stored score components, no new run needed) and extra taxonomy
 * entries (a new run of the pipeline over the same input, so what the entry captures is exactly
 * what the change would do), then the configuration file that makes them permanent.
 */
public final class Tuning {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));

  private final Run run;

  private Tuning(Run run) {
    this.run = run;
  }

  public static Tuning of(Run run) {
    return new Tuning(run);
  }

  /** The weights the run was ranked with. */
  public VerbatimConfig.Weights weights() {
    return run.config().ideas().weights();
  }

  /** Ranking weights: reach, negativity, score impact, trend. */
  public static VerbatimConfig.Weights weights(double reach, double negativity,
                                               double scoreImpact, double trend) {
    return new VerbatimConfig.Weights(reach, negativity, scoreImpact, trend);
  }

  /** The run's ideas ranked with other weights. */
  public List<Idea> rerank(VerbatimConfig.Weights weights) {
    return IdeaRanking.reweighted(run.ideaList(), weights(), weights);
  }

  /** The top {@code n} now and with {@code weights}, side by side, with each idea's move. */
  public Table compare(VerbatimConfig.Weights weights, int n) {
    List<Idea> now = run.ideaList();
    List<Idea> tried = rerank(weights);
    Map<String, Integer> rankNow = new LinkedHashMap<>();
    now.forEach(i -> rankNow.put(i.id(), i.rank()));
    Table t = Table.of("rank", "now", "owner", "with new weights", "owner ", "was", "move");
    for (int k = 0; k < Math.min(n, now.size()); k++) {
      Idea a = now.get(k);
      Idea b = tried.get(k);
      int was = rankNow.get(b.id());
      t = t.row(k + 1, a.title(), a.owner(), b.title(), b.owner(), was,
          was == b.rank() ? "=" : was > b.rank() ? "up " + (was - b.rank())
              : "down " + (b.rank() - was));
    }
    return t.caption("weights now " + describe(weights()) + "; tried " + describe(weights));
  }

  private static String describe(VerbatimConfig.Weights w) {
    return "reach " + w.reach() + ", negativity " + w.negativity() + ", score impact "
        + w.scoreImpact() + ", trend " + w.trend();
  }

  /** A pinned theme: key (lemmatised phrase), label, owner and synonyms; no parent. */
  public static Taxonomy.Entry theme(String key, String label, String owner,
                                     String... synonyms) {
    return new Taxonomy.Entry(key, label, owner, List.of(synonyms), null, null);
  }

  /**
   * Runs the pipeline again over the run's input with {@code entries} added to its taxonomy,
   * into a scratch folder, and returns what that run found.
   */
  public Trial tryTaxonomy(Taxonomy.Entry... entries) {
    try {
      Path scratch = Files.createTempDirectory("verbatim-trial");
      Path taxonomy = scratch.resolve("taxonomy.yaml");
      VerbatimConfig.Themes themes = run.config().themes();
      writeTaxonomy(taxonomy, themes, List.of(entries));
      VerbatimConfig config = run.config(Map.of("themes.taxonomy", taxonomy.toString(),
          "themes.extendDefault", !"none".equals(themes.taxonomy())));
      Path out = scratch.resolve("run");
      Verbatim.analyse(input(), out, config);
      return new Trial(run, Run.open(out), List.of(entries));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The input of the run: {@code VERBATIM_INPUT} when set, else the one file the manifest lists,
   * else exactly the files it lists, as one glob under the folder that holds them all (a
   * folder may hold other files the run did not read, such as the survey export beside the
   * demo's comments).
   */
  public String input() {
    String env = System.getenv("VERBATIM_INPUT");
    if (env != null && !env.isBlank()) {
      return env;
    }
    List<String> inputs = run.manifest().inputs();
    if (inputs.size() == 1) {
      return inputs.get(0);
    }
    Path common = null;
    List<Path> files = new java.util.ArrayList<>();
    for (String uri : inputs) {
      Path p = uri.startsWith("file:") ? Path.of(URI.create(uri)) : Path.of(uri);
      files.add(p);
      Path parent = p.getParent();
      while (common != null && !parent.startsWith(common)) {
        common = common.getParent();
      }
      common = common == null ? parent : common;
    }
    if (common == null) {
      throw new IllegalStateException("The manifest lists no input files; set VERBATIM_INPUT to"
          + " the run's input.");
    }
    // Hadoop's glob expands alternatives that hold slashes ({a.csv,more/b.jsonl}).
    Path folder = common;
    return folder + "/{" + String.join(",", files.stream()
        .map(f -> folder.relativize(f).toString()).toList()) + "}";
  }

  /** The user entries of the run's taxonomy file (none for default) plus {@code added}. */
  private static void writeTaxonomy(Path file, VerbatimConfig.Themes themes,
                                    List<Taxonomy.Entry> added) throws IOException {
    List<Taxonomy.Entry> entries = new ArrayList<>();
    String source = themes.taxonomy();
    if (source != null && !source.equals("default") && !source.equals("none")) {
      entries.addAll(Taxonomy.from(new VerbatimConfig.Themes(source, false, themes.minComments(),
          themes.maxThemes(), themes.maxTopLevel(), themes.trendWindowDays())).entries());
    }
    entries.addAll(added);
    List<Map<String, Object>> list = new ArrayList<>();
    for (Taxonomy.Entry e : entries) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("key", e.key());
      m.put("label", e.label());
      m.put("owner", e.owner());
      m.put("synonyms", e.synonyms());
      if (e.parent() != null) {
        m.put("parent", e.parent());
      }
      if (e.change() != null) {
        m.put("change", e.change());
      }
      list.add(m);
    }
    Files.createDirectories(file.toAbsolutePath().getParent());
    YAML.writeValue(file.toFile(), Map.of("themes", list));
  }

  /**
   * Writes {@code verbatim.yaml} (the weights, and the taxonomy file when there are entries) and
   * {@code taxonomy.yaml} into {@code folder}, checks that the configuration loads, and returns
   * the configuration file.
   */
  public Path writeConfig(Path folder, VerbatimConfig.Weights weights,
                          Taxonomy.Entry... entries) {
    try {
      Files.createDirectories(folder);
      Map<String, Object> config = new LinkedHashMap<>();
      if (entries.length > 0) {
        Path taxonomy = folder.resolve("taxonomy.yaml").toAbsolutePath();
        VerbatimConfig.Themes themes = run.config().themes();
        writeTaxonomy(taxonomy, themes, List.of(entries));
        config.put("themes", Map.of("taxonomy", taxonomy.toString(),
            "extendDefault", !"none".equals(themes.taxonomy())));
      }
      Map<String, Object> w = new LinkedHashMap<>();
      w.put("reach", weights.reach());
      w.put("negativity", weights.negativity());
      w.put("scoreImpact", weights.scoreImpact());
      w.put("trend", weights.trend());
      config.put("ideas", Map.of("weights", w));
      Path file = folder.resolve("verbatim.yaml");
      YAML.writeValue(file.toFile(), config);
      ConfigLoader.load(file, Map.of());
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What a trial run with extra taxonomy entries found, against the run it started from. */
  public static final class Trial {
    private final Run before;
    private final Run after;
    private final List<Taxonomy.Entry> entries;

    Trial(Run before, Run after, List<Taxonomy.Entry> entries) {
      this.before = before;
      this.after = after;
      this.entries = entries;
    }

    /** The trial run, to explore like any other. */
    public Run run() {
      return after;
    }

    private List<String> ids() {
      return entries.stream().map(e -> ThemeIds.theme(e.key())).toList();
    }

    /** Each new entry as a theme of the trial run: comments, share, sentiment, sub-themes. */
    public Table themes() {
      Table t = Table.of("theme", "parent", "owner", "comments", "share", "sentiment",
          "negative share", "owner before");
      for (ThemeSummary s : after.themeList()) {
        boolean entry = ids().contains(s.theme().id());
        boolean child = ids().contains(s.theme().parentId());
        if (entry || child) {
          String was = before.themeList().stream()
              .filter(b -> b.theme().id().equals(s.theme().id()))
              .map(b -> b.theme().owner()).findFirst().orElse("(not a theme)");
          t = t.row(s.theme().label(), after.label(s.theme().parentId()), s.theme().owner(),
              s.comments(), s.share(), s.sentimentMean(), s.negativeShare(), was);
        }
      }
      return t;
    }

    /** The sentences the new entries (or their sub-themes) were tagged on, most negative first. */
    public Dataset<Row> sentences() {
      List<String> family = new ArrayList<>(ids());
      after.themeList().stream().filter(s -> ids().contains(s.theme().parentId()))
          .forEach(s -> family.add(s.theme().id()));
      var tagged = family.stream().map(id -> array_contains(col("theme_ids"), id))
          .reduce(org.apache.spark.sql.Column::or).orElseThrow();
      return after.sentences().where(tagged)
          .select(col("comment_id"), col("text"), round(col("sentiment_score"), 2)
              .as("sentiment"), col("action"))
          .orderBy(col("sentiment"), col("comment_id"));
    }

    /** Ideas whose theme or owner differ in the trial run, and ideas only one run has. */
    public Table ideas() {
      Map<String, Idea> was = new LinkedHashMap<>();
      before.ideaList().forEach(i -> was.put(i.id(), i));
      Table t = Table.of("idea", "rank", "theme", "owner", "rank before", "theme before",
          "owner before");
      for (Idea i : after.ideaList()) {
        Idea b = was.remove(i.id());
        if (b == null || !Objects.equals(b.themeId(), i.themeId())
            || !b.owner().equals(i.owner())) {
          t = t.row(i.title(), i.rank(), after.label(i.themeId()), i.owner(),
              b == null ? null : b.rank(), b == null ? "(new)" : before.label(b.themeId()),
              b == null ? null : b.owner());
        }
      }
      for (Idea b : was.values()) {
        t = t.row(b.title(), null, "(gone)", null, b.rank(), before.label(b.themeId()),
            b.owner());
      }
      return t;
    }

    /** The trial's entry ids that did not become a theme (never mentioned). */
    public List<String> missing() {
      return entries.stream().filter(e -> after.themeList().stream()
              .noneMatch(s -> s.theme().id().equals(ThemeIds.theme(e.key()))))
          .map(Taxonomy.Entry::key).toList();
    }

    public Optional<ThemeSummary> theme(String key) {
      String id = ThemeIds.theme(key.toLowerCase(java.util.Locale.ROOT));
      return after.themeList().stream().filter(s -> s.theme().id().equals(id)).findFirst();
    }
  }
}
