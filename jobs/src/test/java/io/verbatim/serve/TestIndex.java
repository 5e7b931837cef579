package io.verbatim.serve;

import io.verbatim.config.ConfigLoader;
import io.verbatim.config.VerbatimConfig;
import io.verbatim.index.IndexBuilder;
import io.verbatim.index.SentenceDoc;
import io.verbatim.model.Idea;
import io.verbatim.model.Theme;
import io.verbatim.model.ThemeSummary;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small hand-made index: four themes (one a sub-theme), a dozen sentences, three ideas. */
final class TestIndex {

  static final String BAGGAGE = "t-baggage";
  static final String LOST_BAGGAGE = "t-lost-baggage";
  static final String WIFI = "t-wifi";
  static final String STAFF = "t-staff";
  static final String SCRIPT_TEXT = "<script>alert(1)</script> The baggage fee is far too high.";
  static final String IMG_TEXT =
      "The staff were rude <img src=x onerror=\"window.__xss=1\"> at the gate.";
  static final VerbatimConfig CONFIG = ConfigLoader.defaults();

  private TestIndex() {
  }

  static List<ThemeSummary> themes() {
    return List.of(
        new ThemeSummary(new Theme(BAGGAGE, "baggage", "Baggage", null, "Logistics",
            List.of("baggage", "bag", "suitcase"), true), 5, 5 / 9.0, -0.3, 0.6, 0.05, -1.2),
        new ThemeSummary(new Theme(LOST_BAGGAGE, "lost baggage", "Lost baggage", BAGGAGE,
            "Logistics", List.of("lost baggage"), false), 2, 2 / 9.0, -0.7, 1.0, 0.02, -3.1),
        new ThemeSummary(new Theme(WIFI, "wifi", "Wifi", null, "IT", List.of("wifi"), true),
            3, 3 / 9.0, -0.2, 0.5, -0.03, -0.5),
        new ThemeSummary(new Theme(STAFF, "staff", "Staff", null, "Customer service",
            List.of("staff"), true), 2, 2 / 9.0, 0.1, 0.5, 0.0, 0.4));
  }

  static List<Idea> ideas() {
    return List.of(
        new Idea("i-free-wifi", 1, "make the wifi free", WIFI, "IT", false, 2, -0.1, -0.4, 0.04,
            0.81, new Idea.ScoreComponents(0.45, 0.14, 0.12, 0.1),
            List.of("Please make the wifi free for everyone.",
                "I wish the lounge wifi was faster.")),
        new Idea("i-fix-lost", 2, "fix lost baggage handling", LOST_BAGGAGE, "Logistics", true, 2,
            -0.7, -3.1, 0.02, 0.72, new Idea.ScoreComponents(0.3, 0.22, 0.2, 0.0),
            List.of("My bag was lost on the flight to Oslo.")),
        new Idea("i-allowance", 3, "bring back the free baggage allowance", BAGGAGE, "Logistics",
            false, 2, -0.2, -0.8, null, 0.5, new Idea.ScoreComponents(0.3, 0.1, 0.1, 0.0),
            List.of("Bring back the free baggage allowance.")));
  }

  static List<SentenceDoc> sentences() {
    List<SentenceDoc> s = new ArrayList<>();
    s.add(doc("c1", 0, "My bag was lost on the flight to Oslo.", "2026-02-02", "negative", -0.8,
        List.of(LOST_BAGGAGE), false, null, 2.0, "email", "North"));
    s.add(doc("c1", 1, "Nobody called me back about my lost suitcase for a week.", "2026-02-02",
        "negative", -0.6, List.of(LOST_BAGGAGE), false, null, 2.0, "email", "North"));
    s.add(doc("c2", 0, "The wifi on board kept dropping all the time.", "2026-02-10", "negative",
        -0.5, List.of(WIFI), false, null, 5.0, "app", "South"));
    s.add(doc("c2", 1, "Please make the wifi free for everyone.", "2026-02-10", "neutral", 0.0,
        List.of(WIFI), true, "make wifi free", 5.0, "app", "South"));
    s.add(doc("c3", 0, "Staff at the gate were friendly and helpful.", "2026-02-16", "positive",
        0.7, List.of(STAFF), false, null, 9.0, "phone", "North"));
    s.add(doc("c4", 0, SCRIPT_TEXT, "2026-02-24", "negative", -0.6, List.of(BAGGAGE), false,
        null, 3.0, "email", "East"));
    s.add(doc("c5", 0, "I wish the lounge wifi was faster.", "2026-03-03", "neutral", -0.1,
        List.of(WIFI), true, "make lounge wifi faster", 6.0, "app", "<i>West</i>"));
    s.add(doc("c6", 0, "Baggage drop was quick and easy.", "2026-03-09", "positive", 0.6,
        List.of(BAGGAGE), false, null, 8.0, "kiosk", "North"));
    s.add(doc("c7", 0, "Bring back the free baggage allowance.", "2026-03-16", "neutral", -0.1,
        List.of(BAGGAGE), true, "bring back free baggage allowance", 4.0, "email", "South"));
    s.add(doc("c8", 0, IMG_TEXT, "2026-03-23", "negative", -0.7, List.of(STAFF), false, null,
        1.0, "phone", "<img src=y onerror=\"window.__xss=2\">"));
    s.add(doc("c9", 0, "Check-in was smooth.", "2026-03-24", "positive", 0.5, List.of(), false,
        null, 9.0, "app", "East"));
    return s;
  }

  static int sentenceCount() {
    return sentences().size();
  }

  /** Builds (or rebuilds) the index of {@code out}, plus any extra sentences. */
  static void build(Path out, List<SentenceDoc> extra) throws IOException {
    try (IndexBuilder b = IndexBuilder.create(out, CONFIG.index())) {
      for (ThemeSummary t : themes()) {
        b.addTheme(t);
      }
      for (SentenceDoc s : sentences()) {
        b.addSentence(s);
      }
      for (SentenceDoc s : extra) {
        b.addSentence(s);
      }
      for (Idea i : ideas()) {
        b.addIdea(i);
      }
      b.commit();
    }
  }

  /**
   * The same themes and ideas as a run split by survey question would index them: Wifi and
   * Staff (and the wifi idea) in Q2, the baggage themes and ideas in Q3; no sentences.
   */
  static void buildByQuestion(Path out) throws IOException {
    try (IndexBuilder b = IndexBuilder.create(out, CONFIG.index())) {
      for (ThemeSummary t : themes()) {
        String q = t.theme().id().equals(WIFI) || t.theme().id().equals(STAFF) ? "Q2" : "Q3";
        b.addTheme(new ThemeSummary(t.theme().inQuestion(q, id -> id), t.comments(), t.share(),
            t.sentimentMean(), t.negativeShare(), t.trend(), t.scoreImpact()));
      }
      for (Idea i : ideas()) {
        b.addIdea(i.inQuestion(i.themeId().equals(WIFI) ? "Q2" : "Q3", i.id()));
      }
      b.commit();
    }
  }

  static SentenceDoc doc(String comment, int index, String text, String day, String label,
      double score, List<String> themes, boolean suggestion, String action, Double rating,
      String channel, String region) {
    Map<String, String> metadata = new LinkedHashMap<>();
    metadata.put("channel", channel);
    metadata.put("region", region);
    return new SentenceDoc(comment, index, text, Instant.parse(day + "T10:15:00Z"), label, score,
        themes, List.of(), suggestion, action, rating, metadata);
  }
}
