package io.verbatim.evaluate;

import io.verbatim.labelled.AspectSentence;
import io.verbatim.labelled.ClothingReviewsReader;
import io.verbatim.labelled.Parallel;
import io.verbatim.labelled.Confusion;
import io.verbatim.annotate.CommentAnnotator;
import io.verbatim.model.AnalyzedComment;
import io.verbatim.model.Comment;
import io.verbatim.model.SentimentLabel;
import io.verbatim.sentiment.aspect.AspectSentiment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Aspect-term polarity on SemEval-2014 Task 4. Each review sentence is annotated by
 * {@link CommentAnnotator} as a one-sentence comment. With an {@link AspectSentiment}, each term
 * gets the polarity of its own part of the sentence: the sentence is tagged, the term's character
 * offsets become a token span in the CoreNLP sentence that holds it, and the component reads that
 * span's clause; the whole-sentence label is scored beside it as a second figure. Without one
 * (the RNTN baseline) every term takes the label of its whole sentence: the sentence label (most
 * probable class) when CoreNLP keeps it as one sentence, otherwise the comment label. Terms with
 * polarity "conflict" are skipped.
 */
final class AspectPolarityEvaluation {

  private final CommentAnnotator annotator;
  private final AspectSentiment aspects;
  private final Tagger tagger;
  private final int threads;

  /** Whole-sentence labels only (the baseline). */
  AspectPolarityEvaluation(CommentAnnotator annotator, int threads) {
    this(annotator, null, null, threads);
  }

  /** Aspect-scoped polarity, with the whole-sentence label as a second figure. */
  AspectPolarityEvaluation(CommentAnnotator annotator, AspectSentiment aspects, Tagger tagger,
                           int threads) {
    this.annotator = annotator;
    this.aspects = aspects;
    this.tagger = tagger;
    this.threads = threads;
  }

  TaskResult run(String key, String title, String dataset, List<AspectSentence> all) {
    List<AspectSentence> sentences = all.stream()
        .filter(s -> s.terms().stream().anyMatch(AspectPolarityEvaluation::scored))
        .toList();
    Stopwatch clock = new Stopwatch();
    List<AnalyzedComment> analysed = Parallel.map(sentences, threads,
        s -> annotator.annotate(new Comment(s.id(), null, s.text(), null, null, dataset, 0)));
    double seconds = clock.seconds();
    Confusion wholeSentence = new Confusion(ClothingReviewsReader.LABELS);
    Confusion byThreshold = new Confusion(ClothingReviewsReader.LABELS);
    long coreNlpSentences = 0;
    List<SentimentLabel> sentenceLabels = new ArrayList<>(sentences.size());
    for (int i = 0; i < sentences.size(); i++) {
      AnalyzedComment a = analysed.get(i);
      coreNlpSentences += a.sentences().size();
      SentimentLabel label = a.sentences().size() == 1
          ? a.sentences().get(0).sentimentLabel() : a.sentimentLabel();
      sentenceLabels.add(label);
      for (AspectSentence.Term t : sentences.get(i).terms()) {
        if (scored(t)) {
          wholeSentence.add(t.polarity(), label.value());
          byThreshold.add(t.polarity(), a.sentimentLabel().value());
        }
      }
    }
    List<Speed> speeds = new ArrayList<>(List.of(
        new Speed(Speed.annotation(annotator), coreNlpSentences, seconds, threads)));
    String thresholdNote = String.format(Locale.ROOT, "With the comment label (score thresholds)"
        + " instead: accuracy %.3f, macro-F1 %.3f.", byThreshold.accuracy(), byThreshold.macroF1());
    if (aspects == null) {
      return new TaskResult(key, title, dataset, wholeSentence.total(), wholeSentence, null, null,
          speeds, List.of("Each aspect term gets the label of its whole sentence (annotated as a"
              + " one-sentence comment; the sentence's most probable class). Conflict terms"
              + " skipped; " + sentences.size() + " sentences annotated.", thresholdNote));
    }
    Stopwatch scoping = new Stopwatch();
    List<List<String>> predicted = Parallel.map(sentences, threads, this::aspectLabels);
    double scopingSeconds = scoping.seconds();
    Confusion confusion = new Confusion(ClothingReviewsReader.LABELS);
    Confusion asRun = new Confusion(ClothingReviewsReader.LABELS);
    long terms = 0;
    for (int i = 0; i < sentences.size(); i++) {
      List<AspectSentence.Term> scoredTerms =
          sentences.get(i).terms().stream().filter(AspectPolarityEvaluation::scored).toList();
      for (int k = 0; k < scoredTerms.size(); k++) {
        String clause = predicted.get(i).get(k);
        confusion.add(scoredTerms.get(k).polarity(), clause);
        // What run's theme figures do (ThemeTagger): the clause's verdict where it has one,
        // the sentence's where the clause is silent.
        asRun.add(scoredTerms.get(k).polarity(), SentimentLabel.NEUTRAL.value().equals(clause)
            ? sentenceLabels.get(i).value() : clause);
        terms++;
      }
    }
    speeds.add(new Speed("tagging+aspect polarity", sentences.size(), scopingSeconds, threads));
    Map<String, Double> extra = new LinkedHashMap<>();
    extra.put("whole_sentence_accuracy", wholeSentence.accuracy());
    extra.put("whole_sentence_macro_f1", wholeSentence.macroF1());
    extra.put("as_run_accuracy", asRun.accuracy());
    extra.put("as_run_macro_f1", asRun.macroF1());
    return new TaskResult(key, title, dataset, terms, confusion, null, null, speeds,
        List.of("Each aspect term gets the polarity of its own clause (AspectSentiment: clause"
                + " scoping, opinion words weighted by distance, negation, neutral when no"
                + " opinion is near). No model is trained on aspect-labelled data: the rules and"
                + " word list are hand-written, though shaped while reading errors on these sets,"
                + " so this is an in-sample figure. Conflict terms skipped; " + sentences.size()
                + " sentences.",
            String.format(Locale.ROOT, "Whole-sentence label instead (the label the annotator"
                + " gives the sentence): accuracy %.3f, macro-F1 %.3f.",
                wholeSentence.accuracy(), wholeSentence.macroF1()),
            String.format(Locale.ROOT, "As run's theme figures read a mention (ThemeTagger: the"
                + " clause's verdict where it has one, the sentence's where it is silent):"
                + " accuracy %.3f, macro-F1 %.3f.", asRun.accuracy(), asRun.macroF1()),
            thresholdNote),
        extra);
  }

  /** The predicted polarity of each scored term of a sentence, in order. */
  private List<String> aspectLabels(AspectSentence s) {
    List<Tagger.Tagged> tagged = tagger.sentences(s.text());
    List<String> out = new ArrayList<>();
    for (AspectSentence.Term t : s.terms()) {
      if (scored(t)) {
        out.add(labelOf(tagged, t).value());
      }
    }
    return out;
  }

  /**
   * The polarity of a term: its token span within the CoreNLP sentence that holds its start;
   * neutral when no token overlaps it (an offset the tokenizer dropped).
   */
  private SentimentLabel labelOf(List<Tagger.Tagged> tagged, AspectSentence.Term t) {
    Tagger.Span span = Tagger.span(tagged, t.from(), t.to());
    return span == null ? SentimentLabel.NEUTRAL
        : aspects.polarity(span.sentence().tokens(), span.from(), span.to()).label();
  }

  private static boolean scored(AspectSentence.Term t) {
    return ClothingReviewsReader.LABELS.contains(t.polarity());
  }
}
