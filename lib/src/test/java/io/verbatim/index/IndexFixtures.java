package io.verbatim.index;

import io.verbatim.config.VerbatimConfig;
import io.verbatim.model.Idea;
import io.verbatim.model.Theme;
import io.verbatim.model.ThemeSummary;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A small hand-made run: four themes (Lost baggage under Baggage), two ideas and eight sentences
 * over June to September 2026, one without a date. Newest sentence: 2026-09-21.
 */
final class IndexFixtures {

  static final VerbatimConfig.Index CONFIG = new VerbatimConfig.Index("default", 200, 2000);

  static final List<ThemeSummary> THEMES = List.of(
      summary(new Theme("t-bag", "baggage", "Baggage", null, "Logistics", List.of("baggage"),
          true), 4, 0.5, -0.55, 1.0, 0.1, -2.0),
      summary(new Theme("t-lost", "lost baggage", "Lost baggage", "t-bag", "Logistics",
          List.of("lost baggage"), false), 2, 0.25, -0.55, 1.0, null, -3.0),
      summary(new Theme("t-staff", "staff", "Staff", null, "Customer Service", List.of("staff"),
          true), 2, 0.25, 0.2, 0.5, null, 1.0),
      summary(new Theme("t-wifi", "wifi", "Wifi", null, "IT", List.of("wifi"), true), 1, 0.125,
          0.0, 0.0, null, null));

  static final Idea FIX_LOST = idea("i-lost", 2, "fix lost baggage handling", "t-lost",
      "Logistics");
  static final Idea ADD_WIFI = idea("i-wifi", 1, "add free wifi", "t-wifi", "IT");

  static final List<SentenceDoc> SENTENCES = List.of(
      doc("c1", 0, "My bags were lost in Madrid.", "2026-09-01T10:00:00Z", "negative", -0.8,
          List.of("t-lost"), false, null, Map.of("channel", "email", "region", "Spain")),
      doc("c1", 1, "The staff were very helpful.", "2026-09-01T10:00:00Z", "positive", 0.7,
          List.of("t-staff"), false, null, Map.of("channel", "email", "region", "Spain")),
      doc("c2", 0, "Please add free wifi on board.", "2026-09-10T08:00:00Z", "neutral", 0.0,
          List.of("t-wifi"), true, "add free wifi", Map.of("channel", "chat", "region", "UK")),
      doc("c3", 0, "Baggage fees are far too high.", "2026-09-15T09:00:00Z", "negative", -0.6,
          List.of("t-bag"), false, null, Map.of("channel", "survey", "region", "UK")),
      doc("c4", 0, "The luggage belt was delayed for an hour.", "2026-09-20T09:00:00Z",
          "negative", -0.5, List.of("t-bag"), false, null,
          Map.of("channel", "survey", "region", "Germany")),
      doc("c5", 0, "Nice crew, lost luggage though <script>alert(1)</script> & more",
          "2026-06-01T12:00:00Z", "negative", -0.3, List.of("t-lost", "t-staff"), false, null,
          Map.of("channel", "app", "region", "UK")),
      doc("c6", 0, "Delayed flight and delays at boarding.", "2026-09-21T18:00:00Z", "neutral",
          -0.1, List.of(), false, null, Map.of("channel", "survey", "region", "UK")),
      doc("c7", 0, "No date on this one about refunds.", null, "neutral", 0.05, List.of(), false,
          null, Map.of()));

  private IndexFixtures() {
  }

  /** Builds and commits the fixture run into {@code out}. */
  static IndexStats build(Path out) throws IOException {
    return build(out, SENTENCES);
  }

  static IndexStats build(Path out, List<SentenceDoc> sentences) throws IOException {
    try (IndexBuilder b = IndexBuilder.create(out, CONFIG)) {
      THEMES.forEach(b::addTheme);
      for (SentenceDoc s : sentences) {
        b.addSentence(s);
      }
      b.addIdea(FIX_LOST);
      b.addIdea(ADD_WIFI);
      return b.commit();
    }
  }

  static SentenceDoc doc(String comment, int index, String text, String created, String label,
                         double score, List<String> themes, boolean suggestion, String action,
                         Map<String, String> metadata) {
    return new SentenceDoc(comment, index, text, created == null ? null : Instant.parse(created),
        label, score, themes, List.of(), suggestion, action, 7.0, metadata);
  }

  private static ThemeSummary summary(Theme t, long comments, double share, double sentiment,
                                      double negativeShare, Double trend, Double impact) {
    return new ThemeSummary(t, comments, share, sentiment, negativeShare, trend, impact);
  }

  private static Idea idea(String id, int rank, String title, String theme, String owner) {
    return new Idea(id, rank, title, theme, owner, false, 2, -0.4, null, null, 0.5,
        new Idea.ScoreComponents(0.2, 0.1, 0.1, 0.1), List.of("an example"));
  }
}
