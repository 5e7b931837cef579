package io.verbatim.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.verbatim.model.Idea;
import io.verbatim.model.ThemeSummary;
import io.verbatim.themes.ThemeHierarchy;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;

/**
 * The themes, ideas and run facts of one build: written as the catalog index (one document per
 * theme, per idea, plus one of facts) and read back whole, since a run has at most a few hundred
 * of each. Records travel as JSON in a stored field, so a field added to {@link ThemeSummary} or
 * {@link Idea} needs no change here.
 */
final class Catalog {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String FIRST_WEEK = "first_week";
  private static final String NEWEST = "newest";
  private static final String SENTENCE_COUNT = "sentences";
  private static final String FACETS = "facets";

  private final Map<String, ThemeSummary> themes;
  private final Map<String, long[]> weeklyComments;
  private final Map<String, double[]> weeklySentiment;
  private final List<Idea> ideas;
  private final LocalDate firstWeek;
  private final Long newest;
  private final long sentences;
  private final List<String> facetNames;
  private final Map<String, List<String>> children = new HashMap<>();
  private final ThemeHierarchy hierarchy;

  private Catalog(Map<String, ThemeSummary> themes, Map<String, long[]> weeklyComments,
                  Map<String, double[]> weeklySentiment, List<Idea> ideas, LocalDate firstWeek,
                  Long newest, long sentences, List<String> metadataFacets) {
    this.themes = themes;
    this.weeklyComments = weeklyComments;
    this.weeklySentiment = weeklySentiment;
    this.ideas = ideas;
    this.firstWeek = firstWeek;
    this.newest = newest;
    this.sentences = sentences;
    List<String> names = new ArrayList<>(Schema.BUILT_IN_FACETS);
    names.addAll(metadataFacets);
    this.facetNames = List.copyOf(names);
    this.hierarchy = ThemeHierarchy.of(themes.values().stream().map(ThemeSummary::theme)
        .toList());
    for (ThemeSummary t : themes.values()) {
      String parent = t.theme().parentId();
      if (parent != null && themes.containsKey(parent)) {
        children.computeIfAbsent(parent, p -> new ArrayList<>()).add(t.theme().id());
      }
    }
  }

  /** Just the theme hierarchy, for the builder to compute facet paths. */
  static Catalog hierarchyOf(Collection<ThemeSummary> summaries) {
    Map<String, ThemeSummary> byId = new LinkedHashMap<>();
    summaries.forEach(t -> byId.put(t.theme().id(), t));
    return new Catalog(byId, Map.of(), Map.of(), List.of(), null, null, 0, List.of());
  }

  // ---------------------------------------------------------------- writing

  /** Writes the catalog of a build; {@code series} holds the weekly figures per theme. */
  static void write(IndexWriter writer, Collection<ThemeSummary> themes, Collection<Idea> ideas,
                    WeeklySeries series, Long newest, long sentences, List<String> metadataFacets)
      throws IOException {
    for (ThemeSummary t : themes) {
      Document doc = new Document();
      doc.add(new StringField(Schema.KIND, Schema.KIND_THEME, Field.Store.YES));
      doc.add(new StringField(Schema.ID, t.theme().id(), Field.Store.YES));
      doc.add(new StoredField(Schema.JSON, json(t)));
      doc.add(new StoredField(Schema.WEEKLY_COMMENTS, join(series.comments(t.theme().id()))));
      doc.add(new StoredField(Schema.WEEKLY_SENTIMENT, join(series.sentiment(t.theme().id()))));
      writer.addDocument(doc);
    }
    for (Idea idea : ideas) {
      Document doc = new Document();
      doc.add(new StringField(Schema.KIND, Schema.KIND_IDEA, Field.Store.YES));
      doc.add(new StringField(Schema.ID, idea.id(), Field.Store.YES));
      doc.add(new StoredField(Schema.JSON, json(idea)));
      writer.addDocument(doc);
    }
    Document meta = new Document();
    meta.add(new StringField(Schema.KIND, Schema.KIND_META, Field.Store.YES));
    if (series.firstWeek() != null) {
      meta.add(new StoredField(FIRST_WEEK, series.firstWeek().toEpochDay()));
    }
    if (newest != null) {
      meta.add(new StoredField(NEWEST, newest));
    }
    meta.add(new StoredField(SENTENCE_COUNT, sentences));
    meta.add(new StoredField(FACETS, json(metadataFacets)));
    writer.addDocument(meta);
  }

  // ---------------------------------------------------------------- reading

  static Catalog read(Directory dir) throws IOException {
    Map<String, ThemeSummary> themes = new LinkedHashMap<>();
    Map<String, long[]> comments = new HashMap<>();
    Map<String, double[]> sentiment = new HashMap<>();
    List<Idea> ideas = new ArrayList<>();
    LocalDate firstWeek = null;
    Long newest = null;
    long sentences = 0;
    List<String> facets = List.of();
    try (DirectoryReader reader = DirectoryReader.open(dir)) {
      StoredFields stored = reader.storedFields();
      for (int i = 0; i < reader.maxDoc(); i++) {
        Document doc = stored.document(i);
        switch (doc.get(Schema.KIND)) {
          case Schema.KIND_THEME -> {
            ThemeSummary t = JSON.readValue(doc.get(Schema.JSON), ThemeSummary.class);
            themes.put(t.theme().id(), t);
            comments.put(t.theme().id(), parseLongs(doc.get(Schema.WEEKLY_COMMENTS)));
            sentiment.put(t.theme().id(), parseDoubles(doc.get(Schema.WEEKLY_SENTIMENT)));
          }
          case Schema.KIND_IDEA -> ideas.add(JSON.readValue(doc.get(Schema.JSON), Idea.class));
          case Schema.KIND_META -> {
            IndexableField fw = doc.getField(FIRST_WEEK);
            firstWeek = fw == null ? null : LocalDate.ofEpochDay(fw.numericValue().longValue());
            IndexableField nw = doc.getField(NEWEST);
            newest = nw == null ? null : nw.numericValue().longValue();
            sentences = doc.getField(SENTENCE_COUNT).numericValue().longValue();
            facets = JSON.readValue(doc.get(FACETS), new TypeReference<List<String>>() { });
          }
          default -> throw new IOException("unknown catalog document kind " + doc.get(Schema.KIND));
        }
      }
    }
    ideas.sort(Comparator.comparingInt(Idea::rank));
    return new Catalog(themes, comments, sentiment, List.copyOf(ideas), firstWeek, newest,
        sentences, facets);
  }

  // ---------------------------------------------------------------- views

  /** theme, owner, sentiment, suggestion, date, then metadata columns as first seen. */
  List<String> facetNames() {
    return facetNames;
  }

  /** Newest sentence's time in epoch milliseconds, null when no sentence had a date. */
  Long newest() {
    return newest;
  }

  long sentences() {
    return sentences;
  }

  boolean hasTheme(String id) {
    return themes.containsKey(id);
  }

  /**
   * The label of a theme, or its id when the theme is unknown (never null for a non-null id).
   * A theme of one survey question names it ("Seats · Q2"): split by question, the same label
   * stands for a theme of each question.
   */
  String label(String id) {
    ThemeSummary t = themes.get(id);
    if (t == null) {
      return id;
    }
    String question = t.theme().question();
    return question == null ? t.theme().label() : t.theme().label() + " · " + question;
  }

  /**
   * The facet path of a theme, root first (parent id, theme id). An unknown parent ends the path,
   * and the walk stops at a cycle, so bad input cannot loop.
   */
  List<String> path(String id) {
    return hierarchy.path(id);
  }

  Views.ThemeView view(String id) {
    ThemeSummary t = themes.get(id);
    if (t == null) {
      return null;
    }
    long[] weekly = weeklyComments.getOrDefault(id, new long[0]);
    return new Views.ThemeView(t, Arrays.stream(weekly).boxed().toList());
  }

  List<Views.ThemeView> themes(Views.ThemeOrder order) {
    Comparator<ThemeSummary> byOrder = switch (order == null ? Views.ThemeOrder.VOLUME : order) {
      case VOLUME -> Comparator.comparingLong(ThemeSummary::comments).reversed();
      case NEGATIVE_SHARE -> Comparator.comparingDouble(ThemeSummary::negativeShare).reversed();
      // Most harmful first: the most negative impact on the score; themes without one last.
      case SCORE_IMPACT -> Comparator.comparing(ThemeSummary::scoreImpact,
          Comparator.nullsLast(Comparator.naturalOrder()));
    };
    return themes.values().stream()
        .sorted(byOrder.thenComparing(t -> t.theme().label()))
        .map(t -> view(t.theme().id()))
        .toList();
  }

  /** Sub-themes, largest first. */
  List<Views.ThemeView> children(String id) {
    return children.getOrDefault(id, List.of()).stream()
        .map(this::view)
        .sorted(Comparator.comparingLong((Views.ThemeView v) -> v.summary().comments()).reversed()
            .thenComparing(v -> v.summary().theme().label()))
        .toList();
  }

  /** The theme and every theme below it. */
  Set<String> subtree(String id) {
    Set<String> out = new HashSet<>();
    List<String> todo = new ArrayList<>(List.of(id));
    while (!todo.isEmpty()) {
      String at = todo.remove(todo.size() - 1);
      if (out.add(at)) {
        todo.addAll(children.getOrDefault(at, List.of()));
      }
    }
    return out;
  }

  /** Ideas in rank order; {@code owner} null = all, otherwise exact match ignoring case. */
  List<Views.IdeaView> ideas(String owner) {
    return ideas.stream()
        .filter(i -> owner == null || owner.equalsIgnoreCase(i.owner()))
        .map(this::ideaView)
        .toList();
  }

  /** Ideas of the theme and its sub-themes, in rank order. */
  List<Views.IdeaView> ideasOf(Set<String> themeIds) {
    return ideas.stream()
        .filter(i -> i.themeId() != null && themeIds.contains(i.themeId()))
        .map(this::ideaView)
        .toList();
  }

  /** One point per week of the run, oldest first; sentiment is 0 in a week with no comments. */
  List<Views.TimePoint> overTime(String id) {
    long[] c = weeklyComments.getOrDefault(id, new long[0]);
    double[] s = weeklySentiment.getOrDefault(id, new double[0]);
    List<Views.TimePoint> out = new ArrayList<>(c.length);
    for (int i = 0; i < c.length; i++) {
      out.add(new Views.TimePoint(firstWeek.plusWeeks(i), c[i], i < s.length ? s[i] : 0));
    }
    return out;
  }

  private Views.IdeaView ideaView(Idea idea) {
    return new Views.IdeaView(idea, idea.themeId() == null ? null : label(idea.themeId()));
  }

  // ---------------------------------------------------------------- encoding

  private static String json(Object value) throws IOException {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IOException("cannot encode " + value.getClass().getSimpleName(), e);
    }
  }

  private static String join(long[] values) {
    StringBuilder sb = new StringBuilder();
    for (long v : values) {
      sb.append(sb.isEmpty() ? "" : ",").append(v);
    }
    return sb.toString();
  }

  private static String join(double[] values) {
    StringBuilder sb = new StringBuilder();
    for (double v : values) {
      // Four decimals are plenty for a chart and keep the stored text short.
      sb.append(sb.isEmpty() ? "" : ",").append(Math.round(v * 10_000) / 10_000.0);
    }
    return sb.toString();
  }

  private static long[] parseLongs(String text) {
    return text == null || text.isEmpty() ? new long[0]
        : Arrays.stream(text.split(",")).mapToLong(Long::parseLong).toArray();
  }

  private static double[] parseDoubles(String text) {
    return text == null || text.isEmpty() ? new double[0]
        : Arrays.stream(text.split(",")).mapToDouble(Double::parseDouble).toArray();
  }
}
