package io.verbatim.index;

import io.verbatim.config.VerbatimConfig;
import io.verbatim.model.Idea;
import io.verbatim.model.ThemeSummary;
import io.verbatim.themes.ThemeSentiments;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;

/**
 * Builds a new index under {@code DIR/index-builds/} and, on {@link #commit()}, switches
 * {@code DIR/index} to it atomically (see {@link IndexLayout}). Until then readers keep the
 * previous index; {@link #close()} without a commit deletes the half-built folder.
 *
 * <p>Order: add every theme ({@link #addTheme}) before the first sentence. A sentence's theme
 * facet is the path parent &gt; theme, so the hierarchy must be known when the sentence is
 * written; buffering a million sentences instead would cost their memory. Ideas may come at any
 * time. Not thread-safe: one thread feeds one builder; one builder per folder at a time (a lock
 * file enforces it).
 *
 * <pre>{@code
 * try (IndexBuilder b = IndexBuilder.create(out, config.index())) {
 *   themes.forEach(b::addTheme);
 *   sentences.forEach(b::addSentence);
 *   ideas.forEach(b::addIdea);
 *   IndexStats stats = b.commit();
 * }
 * }</pre>
 */
public final class IndexBuilder implements Closeable {

  private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

  private final IndexLayout layout;
  private final AutoCloseable lock;
  private final Path build;
  private final IndexWriter sentences;
  private final FacetsConfig facets = Schema.facetsConfig();
  private final Map<String, ThemeSummary> themes = new LinkedHashMap<>();
  private final List<Idea> ideas = new ArrayList<>();
  private final Set<String> metadataFacets = new LinkedHashSet<>();
  private final WeeklySeries series = new WeeklySeries();
  private final long started = System.nanoTime();
  private Catalog hierarchy;
  private long sentenceCount;
  private Long newest;
  private boolean committed;
  private boolean closed;

  private IndexBuilder(IndexLayout layout, AutoCloseable lock, Path build, IndexWriter sentences) {
    this.layout = layout;
    this.lock = lock;
    this.build = build;
    this.sentences = sentences;
  }

  /**
   * Starts a build for the run in {@code outDir}.
   *
   * @param cfg the index settings; synonyms apply at query time, but a broken synonyms file is
   *     reported now, by the batch run, rather than later by the server
   * @throws IOException when the folder cannot be written or another build is running there
   * @throws IllegalArgumentException when the synonyms file is missing or broken
   */
  public static IndexBuilder create(Path outDir, VerbatimConfig.Index cfg) throws IOException {
    Analyzers.synonyms(Objects.requireNonNull(cfg, "cfg").synonyms());
    IndexLayout layout = new IndexLayout(outDir);
    AutoCloseable lock = layout.lock();
    Path build = null;
    try {
      build = layout.newBuild();
      IndexWriterConfig iwc = new IndexWriterConfig(Analyzers.index())
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
          // Fewer, larger flushes: the build is one batch and the machine has the memory.
          .setRAMBufferSizeMB(256)
          // Newest first on disk: the landing page (everything, newest first) then reads the
          // first page and stops instead of ranking every sentence; relevance ties come out
          // newest first for free.
          .setIndexSort(Schema.NEWEST_FIRST);
      IndexWriter writer = new IndexWriter(FSDirectory.open(build.resolve(Schema.SENTENCES)), iwc);
      return new IndexBuilder(layout, lock, build, writer);
    } catch (IOException | RuntimeException e) {
      if (build != null) {
        IndexLayout.deleteTree(build);
      }
      closeQuietly(lock);
      throw e;
    }
  }

  /** Adds a theme; every theme must come before the first sentence (see the class comment). */
  public void addTheme(ThemeSummary summary) {
    checkOpen();
    Objects.requireNonNull(summary, "summary");
    if (hierarchy != null) {
      throw new IllegalStateException("Add every theme before the first sentence: a sentence's"
          + " theme facet needs the theme's parent.");
    }
    String id = summary.theme().id();
    if (themes.putIfAbsent(id, summary) != null) {
      throw new IllegalArgumentException("Theme " + id + " was added twice.");
    }
  }

  public void addIdea(Idea idea) {
    checkOpen();
    ideas.add(Objects.requireNonNull(idea, "idea"));
  }

  public void addSentence(SentenceDoc s) throws IOException {
    checkOpen();
    Objects.requireNonNull(s, "sentence");
    if (s.commentId() == null || s.text() == null) {
      throw new IllegalArgumentException("A sentence needs a comment id and a text.");
    }
    if (hierarchy == null) {
      hierarchy = Catalog.hierarchyOf(themes.values());
    }
    Document doc = new Document();
    doc.add(new Field(Schema.TEXT, s.text(), TEXT_WITH_OFFSETS));
    doc.add(new StringField(Schema.COMMENT_ID, s.commentId(), Field.Store.YES));
    doc.add(new StoredField(Schema.SENTENCE_INDEX, s.sentenceIndex()));
    if (s.createdAt() != null) {
      long millis = s.createdAt().toEpochMilli();
      doc.add(new LongPoint(Schema.CREATED, millis));
      doc.add(new NumericDocValuesField(Schema.CREATED, millis));
      doc.add(new StoredField(Schema.CREATED, millis));
      newest = newest == null ? millis : Math.max(newest, millis);
    }
    if (s.sentimentLabel() != null) {
      doc.add(new StoredField(Schema.SENTIMENT_LABEL, s.sentimentLabel()));
      String label = Schema.facetValue(s.sentimentLabel());
      if (label != null) {
        doc.add(new SortedSetDocValuesFacetField(Schema.SENTIMENT, label));
      }
    }
    doc.add(new StoredField(Schema.SENTIMENT_SCORE, s.sentimentScore()));
    doc.add(new DoubleDocValuesField(Schema.SENTIMENT_SCORE, s.sentimentScore()));
    doc.add(new StoredField(Schema.SUGGESTION, s.suggestion() ? 1 : 0));
    doc.add(new SortedSetDocValuesFacetField(Schema.SUGGESTION_FACET,
        s.suggestion() ? "yes" : "no"));
    if (s.action() != null) {
      doc.add(new StoredField(Schema.ACTION, s.action()));
    }
    if (s.score() != null) {
      doc.add(new StoredField(Schema.SCORE, s.score()));
    }
    addThemes(doc, s);
    // Sorted, so stored metadata reads back in a stable order.
    for (Map.Entry<String, String> m : new TreeMap<>(s.metadata()).entrySet()) {
      doc.add(new StoredField(Schema.META_PREFIX + m.getKey(), m.getValue()));
      String value = Schema.facetValue(m.getValue());
      String column = Schema.facetValue(m.getKey());
      if (value != null && column != null && value.length() <= Schema.MAX_FACET_VALUE_CHARS) {
        String facet = Schema.metadataFacet(column);
        metadataFacets.add(facet);
        doc.add(new SortedSetDocValuesFacetField(facet, value));
      }
    }
    sentences.addDocument(facets.build(doc));
    sentenceCount++;
  }

  /**
   * Writes the catalog, commits, merges and switches {@code DIR/index} to this build. After it
   * returns, new searches see the new index.
   */
  public IndexStats commit() throws IOException {
    checkOpen();
    // One segment: a batch index is never updated, and facet counting on one segment skips the
    // global-ordinal mapping every multi-segment search pays.
    sentences.forceMerge(1);
    sentences.commit();
    sentences.close();
    try (IndexWriter catalog = new IndexWriter(FSDirectory.open(build.resolve(Schema.CATALOG)),
        new IndexWriterConfig(new StandardAnalyzer())
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
      Catalog.write(catalog, themes.values(), ideas, series, newest, sentenceCount,
          List.copyOf(metadataFacets));
      catalog.commit();
    }
    IOUtils.fsync(build, true);
    layout.switchTo(build);
    committed = true;
    close();
    return new IndexStats(sentenceCount, themes.size(), ideas.size(),
        (System.nanoTime() - started) / 1e9);
  }

  /** Ends the build; without a commit, deletes everything written and keeps the old index. */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try {
      if (!committed) {
        try {
          sentences.rollback();
        } finally {
          // If the switch itself got as far as the link (and failed after), the build serves.
          if (!build.equals(currentQuietly())) {
            IndexLayout.deleteTree(build);
          }
        }
      }
    } finally {
      closeQuietly(lock);
    }
  }

  private void addThemes(Document doc, SentenceDoc s) {
    List<String> facetable = new ArrayList<>();
    Set<String> owners = new LinkedHashSet<>();
    for (String id : s.themeIds()) {
      if (Schema.facetValue(id) == null || !id.equals(Schema.facetValue(id))) {
        continue; // Theme ids are hashes; anything else cannot be a facet path.
      }
      doc.add(new StoredField(Schema.THEME_ID, id));
      List<String> path = hierarchy.path(id);
      doc.add(new SortedSetDocValuesFacetField(Schema.THEME, path.toArray(String[]::new)));
      facetable.add(id);
      ThemeSummary t = themes.get(id);
      String owner = t == null ? null : Schema.facetValue(t.theme().owner());
      if (owner != null) {
        owners.add(owner);
      }
    }
    for (String owner : owners) {
      doc.add(new SortedSetDocValuesFacetField(Schema.OWNER, owner));
    }
    // A parent's figures include its sub-themes (README), so its weekly series counts them too,
    // each theme with the sentiment of the part of the sentence that names it.
    series.add(ThemeSentiments.withAncestors(facetable, s::sentimentFor, hierarchy::path),
        s.commentId(), s.createdAt());
  }

  private Path currentQuietly() {
    try {
      return layout.current();
    } catch (IOException e) {
      return null;
    }
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException("This index build is already committed or closed.");
    }
  }

  private static void closeQuietly(AutoCloseable c) {
    try {
      c.close();
    } catch (Exception e) {
      // Releasing a lock of a finished build cannot change its outcome.
    }
  }

  private static FieldType textWithOffsets() {
    FieldType type = new FieldType(TextField.TYPE_STORED);
    // Offsets in the postings let the highlighter mark matches without re-analysing the text.
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }
}
