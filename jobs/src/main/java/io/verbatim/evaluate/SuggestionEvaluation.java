package io.verbatim.evaluate;

import io.verbatim.labelled.Confusion;
import io.verbatim.labelled.LabelledText;
import io.verbatim.labelled.Parallel;
import io.verbatim.labelled.Split;
import io.verbatim.labelled.SuggestionSetReader;
import io.verbatim.suggestions.Suggestion;
import io.verbatim.suggestions.SuggestionDetector;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Suggestion detection on a SemEval-2019 Task 9 trial set, split once by {@link Split} into the
 * dev part and the sealed part, each scored with the learned model and with the rules alone. A
 * row counts as a suggestion when the detector finds a suggestion of any kind in any of its
 * CoreNLP sentences (the row is one forum or review sentence, which CoreNLP occasionally splits),
 * calling {@link SuggestionDetector#detect} as the suggestions stage does. Any kind, because
 * SemEval's definition includes advice to other customers and endorsements, which the stage
 * records but does not flag. Both trial sets were read in full while the first rules were
 * written, so the dev figures are marked "read before sealing"; no rule or setting may be shaped
 * on the sealed parts from now on.
 *
 * <p>Also measured on the dev part: per rule of the chain, how often it fires and how often the
 * rows it fires on are suggestions (reviewable rule by rule), and, on the hand-labelled sample of
 * {@link KindSample}, the change-only precision and recall of what {@code is_suggestion} flags.
 */
final class SuggestionEvaluation {

  static final String SUGGESTION = SuggestionSetReader.SUGGESTION;
  static final String OTHER = SuggestionSetReader.OTHER;

  private final Tagger tagger;
  private final int threads;
  private final SuggestionDetector model = new SuggestionDetector(SuggestionDetector.Method.MODEL);
  private final SuggestionDetector rules = new SuggestionDetector(SuggestionDetector.Method.RULES);

  SuggestionEvaluation(Tagger tagger, int threads) {
    this.tagger = tagger;
    this.threads = threads;
  }

  /** One row's verdicts: the model's, the rules', and which rules fired on any sentence. */
  private record Scored(LabelledText row, Split part, Suggestion byModel, Suggestion byRules,
                        List<String> firing) {
  }

  /**
   * Every result for one trial set.
   *
   * @param key "suggestions.forum" or "suggestions.hotel"
   * @param set the set's name for {@link Split}
   * @param kinds the hand-labelled kinds of dev items of this set, by id
   */
  List<TaskResult> run(String key, String title, String dataset, String set,
                       List<LabelledText> rows, Map<String, String> kinds) {
    Stopwatch tagClock = new Stopwatch();
    List<List<Tagger.Tagged>> tagged = Parallel.map(rows, threads, r -> tagger.sentences(r.text()));
    double tagSeconds = tagClock.seconds();
    long sentences = tagged.stream().mapToLong(List::size).sum();

    model.detect(tagged.get(0).get(0).tokens()); // loads the model outside the clock
    List<Scored> scored = new ArrayList<>();
    Stopwatch modelClock = new Stopwatch();
    List<Suggestion> byModel = new ArrayList<>();
    for (List<Tagger.Tagged> row : tagged) {
      byModel.add(strongest(row, model));
    }
    double modelSeconds = modelClock.seconds();
    Stopwatch rulesClock = new Stopwatch();
    List<Suggestion> byRules = new ArrayList<>();
    for (List<Tagger.Tagged> row : tagged) {
      byRules.add(strongest(row, rules));
    }
    double rulesSeconds = rulesClock.seconds();
    for (int i = 0; i < rows.size(); i++) {
      List<String> firing = new ArrayList<>();
      for (Tagger.Tagged s : tagged.get(i)) {
        for (String r : rules.firing(s.tokens(), s.text())) {
          if (!firing.contains(r)) {
            firing.add(r);
          }
        }
      }
      scored.add(new Scored(rows.get(i), Split.of(set, rows.get(i).id()), byModel.get(i),
          byRules.get(i), firing));
    }
    List<Speed> speeds = List.of(new Speed("tagging", sentences, tagSeconds, threads),
        new Speed("suggestions (model)", sentences, modelSeconds, 1),
        new Speed("suggestions (rules)", sentences, rulesSeconds, 1));

    List<TaskResult> out = new ArrayList<>();
    for (Split part : List.of(Split.SEALED, Split.DEV)) {
      String caveat = part == Split.DEV ? ", dev part: read before sealing" : ", sealed part";
      List<Scored> inPart = scored.stream().filter(s -> s.part() == part).toList();
      out.add(everyKind(key + "." + part.label(), title + caveat + ", model", dataset, inPart,
          true, part == Split.SEALED ? speeds : List.of()));
      out.add(everyKind(key + "." + part.label() + ".rules", title + caveat + ", rules alone",
          dataset, inPart, false, List.of()));
    }
    List<Scored> dev = scored.stream().filter(s -> s.part() == Split.DEV).toList();
    out.add(actionsFromSentence(key + ".dev.actions", title + ", dev part: actions taken from"
        + " their sentence", dataset, tagged, scored));
    out.add(perRule(key + ".dev.per-rule", title + ", dev part (read before sealing): per rule",
        dataset, dev));
    for (boolean useModel : List.of(true, false)) {
      out.add(changeOnly(key + ".dev.changes" + (useModel ? "" : ".rules"),
          title + ", dev sample labelled by kind: change-only, "
              + (useModel ? "model" : "rules alone"), dataset, dev, kinds, useModel));
    }
    return out;
  }

  /**
   * Whether the normalised actions come from their sentence: of the changes the shipped detector
   * flags in dev rows, the share whose verb (first word) and an object (a noun of the sentence)
   * both appear in the sentence as lemmas or words.
   */
  private TaskResult actionsFromSentence(String key, String title, String dataset,
                                         List<List<Tagger.Tagged>> tagged, List<Scored> scored) {
    long actions = 0;
    long fromSentence = 0;
    for (int i = 0; i < tagged.size(); i++) {
      if (scored.get(i).part() != Split.DEV) {
        continue;
      }
      for (Tagger.Tagged s : tagged.get(i)) {
        Suggestion found = model.detect(s.tokens(), s.text());
        if (found.suggestion() && found.action() != null) {
          actions++;
          fromSentence += ActionSource.fromSentence(found.action(), s.tokens()) ? 1 : 0;
        }
      }
    }
    return new TaskResult(key, title, dataset, (int) actions, null, null, null, List.of(),
        List.of("An action counts when its verb and an object noun both appear in the sentence"
            + " (as lemmas or words); \"there should be X\" normalised to \"add X\" counts as a"
            + " miss."),
        Map.of("actions", (double) actions, "action_from_sentence",
            actions == 0 ? 0 : fromSentence / (double) actions));
  }

  /** The row's verdict: its most confident suggesting sentence, else its most confident other. */
  private static Suggestion strongest(List<Tagger.Tagged> row, SuggestionDetector detector) {
    Suggestion best = Suggestion.NONE;
    for (Tagger.Tagged s : row) {
      Suggestion v = detector.detect(s.tokens(), s.text());
      if (v.anyKind() && (!best.anyKind() || v.score() > best.score())) {
        best = v;
      } else if (!best.anyKind() && !v.anyKind() && v.score() > best.score()) {
        best = v;
      }
    }
    return best;
  }

  private static TaskResult everyKind(String key, String title, String dataset,
                                      List<Scored> rows, boolean useModel, List<Speed> speeds) {
    Confusion c = new Confusion(List.of(SUGGESTION, OTHER));
    for (Scored s : rows) {
      Suggestion v = useModel ? s.byModel() : s.byRules();
      c.add(s.row().label(), v.anyKind() ? SUGGESTION : OTHER);
    }
    return new TaskResult(key, title, dataset, rows.size(), c, SUGGESTION, null, speeds,
        List.of("SemEval's definition: a row is a suggestion when any of its CoreNLP sentences"
                + " suggests anything of any kind (a change, a tip to other customers, an"
                + " endorsement).",
            "Published anchors (best F1 of the suggestion class on the official SemEval-2019"
                + " Task 9 test sets, not in the data folder): forum 0.781, hotel 0.858.",
            useModel ? "Model: the shipped logistic regression (annotation.suggestions: model),"
                + " trained on the forum training set only; nothing was tuned on this set. A"
                + " rule's verdict stands; the model adds what no rule recognises."
                : "Rules alone (annotation.suggestions: rules): the first rule of the chain that"
                + " fires decides."));
  }

  /** How often each rule fires on the dev rows and how often those rows are suggestions. */
  private static TaskResult perRule(String key, String title, String dataset, List<Scored> rows) {
    Map<String, Double> extra = new LinkedHashMap<>();
    for (String rule : SuggestionDetector.ruleNames()) {
      long fires = 0;
      long right = 0;
      long first = 0;
      for (Scored s : rows) {
        if (s.firing().contains(rule)) {
          fires++;
          right += s.row().label().equals(SUGGESTION) ? 1 : 0;
          first += s.firing().get(0).equals(rule) ? 1 : 0;
        }
      }
      extra.put(rule + " fires", (double) fires);
      extra.put(rule + " first", (double) first);
      extra.put(rule + " precision", fires == 0 ? 0 : right / (double) fires);
    }
    return new TaskResult(key, title, dataset, rows.size(), null, null, null, List.of(),
        List.of("Per rule: rows it fires on (fires), rows where it is the first to fire and so"
            + " decides (first), and the share of the rows it fires on that SemEval labels"
            + " suggestions (precision, every kind counting). In-sample: the dev part was read"
            + " while the rules were written."), extra);
  }

  /**
   * Change-only precision and recall on the hand-labelled dev sample: is the sentence flagged
   * as a change asked of the organisation ({@code is_suggestion}) exactly when it asks for one?
   */
  private static TaskResult changeOnly(String key, String title, String dataset,
                                       List<Scored> dev, Map<String, String> kinds,
                                       boolean useModel) {
    Confusion c = new Confusion(List.of("change", "not change"));
    long every = 0;
    long everyRight = 0;
    for (Scored s : dev) {
      String kind = kinds.get(s.row().id());
      if (kind == null) {
        continue;
      }
      Suggestion v = useModel ? s.byModel() : s.byRules();
      c.add(kind.equals("change") ? "change" : "not change", v.suggestion() ? "change"
          : "not change");
      every++;
      everyRight += v.kindName() != null && v.kindName().equals(kind)
          || v.kindName() == null && kind.equals("none") ? 1 : 0;
    }
    return new TaskResult(key, title, dataset, every, c, "change", null, List.of(),
        List.of("Sample and labels: jobs/src/main/resources/io/verbatim/evaluate/"
            + "suggestion-kinds.csv (dev items only, labelled by hand by kind; how is written"
            + " in its header). A predicted change is what is_suggestion flags and what can"
            + " become an idea."),
        Map.of("kind accuracy", every == 0 ? 0 : everyRight / (double) every));
  }

  /**
   * The forum figures cross-validated on the training set, as training measured them and wrote
   * them into the shipped model's provenance: the "sealed" forum figure, since the forum
   * trial set was read while the rules were written.
   */
  static List<TaskResult> crossValidated(io.verbatim.suggestions.SuggestionModel shipped) {
    Map<String, Object> p = shipped.provenance();
    List<TaskResult> out = new ArrayList<>();
    for (String part : List.of("nestedCv", "rulesAlone")) {
      Object figures = p.get(part);
      if (!(figures instanceof Map<?, ?> m) || !(m.get("confusion") instanceof Map<?, ?> matrix)) {
        continue;
      }
      Confusion c = new Confusion(List.of(SUGGESTION, OTHER));
      matrix.forEach((gold, row) -> ((Map<?, ?>) row).forEach((predicted, n) ->
          c.add(gold.toString(), predicted.toString(), ((Number) n).longValue())));
      boolean model = part.equals("nestedCv");
      out.add(new TaskResult(model ? "suggestions.forum.cv" : "suggestions.forum.cv.rules",
          "Suggestions, software forum training set (SemEval-2019 Task 9), "
              + (model ? "model, nested cross-validation" : "rules alone (in-sample)"),
          String.valueOf(p.get("trainingData")), c.total(), c, SUGGESTION, null, List.of(),
          List.of(String.valueOf(m.get("how")), "Measured by `verbatim train suggestions` and"
              + " read from the shipped model's provenance (training data sha256 "
              + p.get("trainingDataSha256") + ").")));
    }
    return out;
  }

  /** Two change-only results on the labelled samples of both sets, counted as one sample. */
  static TaskResult pooledChanges(String key, String title, TaskResult forum, TaskResult hotel) {
    Confusion c = new Confusion(forum.confusion().labels());
    for (TaskResult r : List.of(forum, hotel)) {
      r.confusion().matrix().forEach((gold, row) -> row.forEach((predicted, n) ->
          c.add(gold, predicted, n)));
    }
    return new TaskResult(key, title, forum.dataset() + " + " + hotel.dataset(), c.total(), c,
        "change", null, List.of(), List.of("Both hand-labelled dev samples together (the issue's"
            + " change-only target): " + forum.key() + " and " + hotel.key() + "."));
  }
}
