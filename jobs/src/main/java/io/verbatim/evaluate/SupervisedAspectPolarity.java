package io.verbatim.evaluate;

import io.verbatim.labelled.AspectSentence;
import io.verbatim.labelled.ClothingReviewsReader;
import io.verbatim.labelled.Parallel;
import io.verbatim.labelled.Confusion;
import io.verbatim.model.Token;
import io.verbatim.sentiment.SentimentFeatures;
import io.verbatim.sentiment.SentimentModel;
import io.verbatim.sentiment.SentimentScores;
import io.verbatim.sentiment.SentimentTrainer;
import io.verbatim.sentiment.aspect.AspectPolarity;
import io.verbatim.sentiment.aspect.AspectSentiment;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import java.util.zip.CRC32;

/**
 * How far in-domain supervision would take aspect polarity with the same tokens: a logistic
 * regression ({@link SentimentTrainer}) over aspect-level features, trained and tested on
 * SemEval-2014 by 5-fold cross-validation at evaluation time. Nothing is saved or shipped (the
 * set is licensed for research use only); the figure tells whether the gap between the rules and
 * the target is one of data or of method.
 *
 * <p>Folds are by sentence (a stable hash of its id), so the terms of one sentence are never
 * split between training and test. Features of a term: the words and bigrams of its clause (as
 * {@link AspectSentiment} scopes it), the words up to {@value #WINDOW} tokens either side marked
 * by side, its own words, all with negation marking as {@link SentimentFeatures} does it, and,
 * stacked, the rule component's label and score bucket.
 */
final class SupervisedAspectPolarity {

  static final int FOLDS = 5;
  /** Tokens either side of the aspect read as its near context. */
  static final int WINDOW = 4;
  /** Rule scores (-1..1) fall into this many buckets per side of zero. */
  private static final int SCORE_BUCKETS = 4;
  /** Prefix of the stacked rule features. */
  private static final String RULE = "rule";

  /** One aspect term's features and gold class. */
  private record Labelled(Map<String, Double> features, String gold) {
  }

  private final AspectSentiment rules;
  private final Tagger tagger;
  private final int threads;
  private final SentimentTrainer.Options options;

  SupervisedAspectPolarity(AspectSentiment rules, Tagger tagger, int threads) {
    this.rules = rules;
    this.tagger = tagger;
    this.threads = threads;
    this.options = SentimentTrainer.Options.defaults();
  }

  TaskResult run(String key, String title, String dataset, List<AspectSentence> all) {
    List<AspectSentence> sentences = all.stream()
        .filter(s -> s.terms().stream().anyMatch(SupervisedAspectPolarity::scored))
        .toList();
    Stopwatch tagging = new Stopwatch();
    List<List<Labelled>> terms = Parallel.map(sentences, threads, this::labelled);
    double taggingSeconds = tagging.seconds();

    Stopwatch training = new Stopwatch();
    List<List<List<Labelled>>> folds = new ArrayList<>();
    for (int f = 0; f < FOLDS; f++) {
      folds.add(new ArrayList<>());
    }
    for (int i = 0; i < sentences.size(); i++) {
      folds.get(fold(sentences.get(i).id())).add(terms.get(i));
    }
    Confusion confusion = crossValidated(folds, options, name -> true);
    // Two side figures: without class weights (accuracy is the target, and balancing trades it
    // for neutral recall), and without the rule features (what the words alone learn).
    SentimentTrainer.Options unweighted = new SentimentTrainer.Options(options.epochs(),
        options.learningRate(), options.l2(), options.minCount(), options.seed(), false);
    Confusion unbalanced = crossValidated(folds, unweighted, name -> true);
    Confusion wordsOnly = crossValidated(folds, options, name -> !name.startsWith(RULE));
    double trainingSeconds = training.seconds();
    Map<String, Double> extra = new LinkedHashMap<>();
    extra.put("unweighted_accuracy", unbalanced.accuracy());
    extra.put("unweighted_macro_f1", unbalanced.macroF1());
    extra.put("without_rules_accuracy", wordsOnly.accuracy());
    extra.put("without_rules_macro_f1", wordsOnly.macroF1());
    return new TaskResult(key, title, dataset, confusion.total(), confusion, null, null,
        List.of(new Speed("tagging+aspect features", sentences.size(), taggingSeconds, threads)),
        List.of("Trained and tested on SemEval-2014 by " + FOLDS + "-fold cross-validation at"
                + " evaluation time (folds by sentence id, so a sentence's terms stay together;"
                + " figures pooled over the held-out folds); never shipped: the set is licensed"
                + " for research use only. The figure shows what in-domain labels would add to"
                + " the same tokens, not what the product does.",
            "Features per term: words and bigrams of its clause, words within " + WINDOW
                + " tokens marked by side, its own words (negation-marked as the sentiment"
                + " features are), and the rule component's label and score bucket (stacking)."
                + " Logistic regression (SentimentTrainer defaults: " + options.epochs()
                + " epochs, balanced class weights " + options.balanced() + "). Conflict terms"
                + " skipped; " + sentences.size() + " sentences.",
            String.format(Locale.ROOT, "Without class weights: accuracy %.3f, macro-F1 %.3f."
                    + " Without the rule features (words alone): accuracy %.3f, macro-F1 %.3f.",
                unbalanced.accuracy(), unbalanced.macroF1(), wordsOnly.accuracy(),
                wordsOnly.macroF1()),
            String.format(Locale.ROOT, "Cross-validation (3 settings x %d folds) took %.1f s.",
                FOLDS, trainingSeconds)),
        extra);
  }

  /** Every fold's held-out predictions, pooled, training on the features {@code keep} allows. */
  private Confusion crossValidated(List<List<List<Labelled>>> folds,
                                   SentimentTrainer.Options o, Predicate<String> keep) {
    // Each fold trains on the other four; the folds are independent, so they run side by side.
    List<Integer> tests = IntStream.range(0, FOLDS).boxed().toList();
    List<List<String[]>> outcomes = Parallel.map(tests, threads, f -> heldOut(folds, f, o, keep));
    Confusion confusion = new Confusion(ClothingReviewsReader.LABELS);
    for (List<String[]> fold : outcomes) {
      for (String[] goldPredicted : fold) {
        confusion.add(goldPredicted[0], goldPredicted[1]);
      }
    }
    return confusion;
  }

  /** Trains on every fold but {@code test}; {gold, predicted} of each term of {@code test}. */
  private static List<String[]> heldOut(List<List<List<Labelled>>> folds, int test,
                                        SentimentTrainer.Options o, Predicate<String> keep) {
    List<SentimentTrainer.Example> train = new ArrayList<>();
    for (int f = 0; f < FOLDS; f++) {
      if (f != test) {
        for (List<Labelled> sentence : folds.get(f)) {
          for (Labelled t : sentence) {
            train.add(new SentimentTrainer.Example(kept(t.features(), keep),
                SentimentModel.LABELS.indexOf(t.gold())));
          }
        }
      }
    }
    SentimentModel model = SentimentTrainer.train(train, o);
    List<String[]> out = new ArrayList<>();
    for (List<Labelled> sentence : folds.get(test)) {
      for (Labelled t : sentence) {
        SentimentScores p = model.scoresOfFeatures(kept(t.features(), keep));
        out.add(new String[] {t.gold(), p.label().value()});
      }
    }
    return out;
  }

  private static Map<String, Double> kept(Map<String, Double> features, Predicate<String> keep) {
    Map<String, Double> out = new LinkedHashMap<>();
    features.forEach((name, value) -> {
      if (keep.test(name)) {
        out.put(name, value);
      }
    });
    return out;
  }

  /** The fold of a sentence: a hash of its id that is the same on every JVM and run. */
  static int fold(String sentenceId) {
    CRC32 crc = new CRC32();
    crc.update(sentenceId.getBytes(StandardCharsets.UTF_8));
    return (int) (crc.getValue() % FOLDS);
  }

  /** Features and gold label of each scored term of a sentence, in order. */
  private List<Labelled> labelled(AspectSentence s) {
    List<Tagger.Tagged> tagged = tagger.sentences(s.text());
    List<Labelled> out = new ArrayList<>();
    for (AspectSentence.Term t : s.terms()) {
      if (scored(t)) {
        out.add(new Labelled(features(tagged, t), t.polarity()));
      }
    }
    return out;
  }

  /**
   * The features of a term within the CoreNLP sentence that holds it (the token span its
   * character offsets overlap, as {@link AspectPolarityEvaluation} finds it); a lone "no span"
   * marker when no token overlaps it (an offset the tokenizer dropped).
   */
  private Map<String, Double> features(List<Tagger.Tagged> tagged, AspectSentence.Term t) {
    Tagger.Span span = Tagger.span(tagged, t.from(), t.to());
    return span == null ? Map.of("nospan", 1.0)
        : features(span.sentence().tokens(), span.from(), span.to());
  }

  /** The features of the aspect at tokens {@code from..to} (end exclusive) of a sentence. */
  Map<String, Double> features(List<Token> tokens, int from, int to) {
    List<String> words = SentimentFeatures.negationMarked(tokens);
    AspectPolarity rule = rules.polarity(tokens, from, to);
    Map<String, Double> f = new LinkedHashMap<>();
    for (int i = rule.clauseStart(); i < rule.clauseEnd(); i++) {
      if (i < from || i >= to) {
        f.put("c:" + words.get(i), 1.0);
      }
      if (i > rule.clauseStart()) {
        f.put("cb:" + words.get(i - 1) + " " + words.get(i), 1.0);
      }
    }
    for (int i = Math.max(0, from - WINDOW); i < from; i++) {
      f.put("l:" + words.get(i), 1.0);
    }
    for (int i = to; i < Math.min(tokens.size(), to + WINDOW); i++) {
      f.put("r:" + words.get(i), 1.0);
    }
    for (int i = from; i < to; i++) {
      f.put("a:" + words.get(i), 1.0);
    }
    f.put(RULE + ":" + rule.label().value(), 1.0);
    f.put(RULE + "-score:" + Math.round(rule.score() * SCORE_BUCKETS), 1.0);
    return f;
  }

  private static boolean scored(AspectSentence.Term t) {
    return ClothingReviewsReader.LABELS.contains(t.polarity());
  }
}
