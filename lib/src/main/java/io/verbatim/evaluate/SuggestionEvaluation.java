package io.verbatim.evaluate;

import io.verbatim.suggestions.SuggestionDetector;
import java.util.List;

/**
 * Suggestion detection on a SemEval-2019 Task 9 set. A row counts as a suggestion when the
 * detector flags any of its CoreNLP sentences (the row is one forum or review sentence, which
 * CoreNLP occasionally splits), calling {@link SuggestionDetector#detect} as the suggestions stage
 * does.
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
    for (int i = 0; i < rows.size(); i++) {
      boolean flagged = false;
      for (Tagger.Tagged s : tagged.get(i)) {
        flagged |= detector.detect(s.tokens(), s.text()).suggestion();
      }
      confusion.add(rows.get(i).label(),
          flagged ? SuggestionSetReader.SUGGESTION : SuggestionSetReader.OTHER);
    }
    double detectSeconds = detectClock.seconds();
    return new TaskResult(key, title, dataset, rows.size(), confusion,
        SuggestionSetReader.SUGGESTION, null,
        List.of(new Speed("tagging", sentences, tagSeconds, threads),
            new Speed("suggestions", sentences, detectSeconds, 1)),
        List.of("A row is a suggestion when the detector flags any of its CoreNLP sentences;"
            + " tokens come from the annotator's own tagging pipeline."));
  }
}
