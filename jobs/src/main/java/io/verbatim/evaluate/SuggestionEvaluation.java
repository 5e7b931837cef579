package io.verbatim.evaluate;

import io.verbatim.labelled.SuggestionSetReader;
import io.verbatim.labelled.LabelledText;
import io.verbatim.labelled.Parallel;
import io.verbatim.labelled.Confusion;
import io.verbatim.suggestions.Suggestion;
import io.verbatim.suggestions.SuggestionDetector;
import java.util.List;

/**
 * Suggestion detection on a SemEval-2019 Task 9 set. A row counts as a suggestion when the
 * detector finds a suggestion of any kind in any of its CoreNLP sentences (the row is one forum or
 * review sentence, which CoreNLP occasionally splits), calling {@link SuggestionDetector#detect}
 * as the suggestions stage does. Any kind, because SemEval's definition includes advice to other
 * customers and endorsements, which the suggestions stage recognises but does not flag.
 */
final class SuggestionEvaluation {

  private final Tagger tagger;
  private final int threads;
  private final SuggestionDetector detector = new SuggestionDetector();

  SuggestionEvaluation(Tagger tagger, int threads) {
    this.tagger = tagger;
    this.threads = threads;
  }

  TaskResult run(String key, String title, String dataset, List<LabelledText> rows) {
    Stopwatch tagClock = new Stopwatch();
    List<List<Tagger.Tagged>> tagged = Parallel.map(rows, threads, r -> tagger.sentences(r.text()));
    double tagSeconds = tagClock.seconds();
    long sentences = tagged.stream().mapToLong(List::size).sum();

    Confusion confusion = new Confusion(
        List.of(SuggestionSetReader.SUGGESTION, SuggestionSetReader.OTHER));
    Stopwatch detectClock = new Stopwatch();
    long actions = 0;
    long fromSentence = 0;
    for (int i = 0; i < rows.size(); i++) {
      boolean flagged = false;
      for (Tagger.Tagged s : tagged.get(i)) {
        Suggestion found = detector.detect(s.tokens(), s.text());
        flagged |= found.anyKind();
        if (found.suggestion() && found.action() != null) {
          actions++;
          fromSentence += ActionSource.fromSentence(found.action(), s.tokens()) ? 1 : 0;
        }
      }
      confusion.add(rows.get(i).label(),
          flagged ? SuggestionSetReader.SUGGESTION : SuggestionSetReader.OTHER);
    }
    double detectSeconds = detectClock.seconds();
    return new TaskResult(key, title, dataset, rows.size(), confusion,
        SuggestionSetReader.SUGGESTION, null,
        List.of(new Speed("tagging", sentences, tagSeconds, threads),
            new Speed("suggestions", sentences, detectSeconds, 1)),
        List.of("A row is a suggestion when the detector finds a suggestion of any kind in any"
            + " of its CoreNLP sentences; tokens come from the annotator's own tagging pipeline.",
            "SemEval counts tips to other customers and endorsements (\"I'd recommend this"
            + " hotel\") as suggestions, so this score counts every kind; the suggestions stage"
            + " flags, and turns into ideas, only changes asked of the organisation.",
            "Actions from the sentence: of the " + actions + " normalised actions of flagged"
            + " suggestions, the share whose verb (first word) and an object (a word that is a"
            + " noun of the sentence) both appear in the sentence as lemmas or words."),
        java.util.Map.of("actions", (double) actions, "action_from_sentence",
            actions == 0 ? 0 : fromSentence / (double) actions));
  }
}
