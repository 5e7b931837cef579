package io.verbatim.evaluate;

import io.verbatim.annotate.CommentAnnotator;
import io.verbatim.config.ConfigLoader;
import io.verbatim.config.VerbatimConfig;
import io.verbatim.labelled.AspectXmlReader;
import io.verbatim.labelled.CfpbNarratives;
import io.verbatim.labelled.ClothingCorpus;
import io.verbatim.labelled.ClothingReviewsReader;
import io.verbatim.labelled.Confusion;
import io.verbatim.labelled.LabelledText;
import io.verbatim.labelled.Parallel;
import io.verbatim.labelled.Split;
import io.verbatim.labelled.UciSentences;
import io.verbatim.model.AnalyzedComment;
import io.verbatim.model.Comment;
import io.verbatim.sentiment.SentimentModel;
import io.verbatim.sentiment.SentimentTrainer;
import io.verbatim.sentiment.TrainedSentiment;
import io.verbatim.training.SentimentTraining;
import io.verbatim.training.TrainingSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * A developer's check, not a test: the default sentiment path on the DEV parts only, so a change
 * can be measured without reading the sealed parts. Clothing and UCI dev items are scored out of
 * fold (a model trained with the shipped options and bias offsets on every training row outside
 * the item's cross-validation fold, all domains) and leave-one-domain-out (a model of every other
 * domain); the SemEval-2014 dev sentences and CFPB dev narratives, never trained on, by a model
 * of all training rows. Every item goes through {@link CommentAnnotator} as one comment, as in
 * {@code evaluate}'s matrix. Figures come with 95% bootstrap intervals ({@link Bootstrap}).
 * With {@code retune}, the bias offsets are chosen again by cross-validation inside the training
 * rows (as {@code train} does) instead of read from the shipped model: needed to judge features
 * the shipped model was not trained with, whose scores sit elsewhere.
 *
 * <pre>
 * mvn -q -pl lib,jobs -am test-compile -o
 * java -cp jobs/target/test-classes:jobs/target/classes:lib/target/classes:$(cat jobs/target/classpath.txt) \
 *     io.verbatim.evaluate.DevSentimentCheck [data=../shared/data] [clothingReviews=3000] [retune]
 * </pre>
 */
public final class DevSentimentCheck {

  private static final int THREADS = 2;
  private static final int CFPB_ITEMS = 400;

  private DevSentimentCheck() {
  }

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
    int clothingCap = args.length > 1 ? Integer.parseInt(args[1]) : 3000;
    TrainingSet set = TrainingSet.read(data, Integer.MAX_VALUE, THREADS);
    SentimentModel shipped = TrainedSentiment.shipped().model();
    var hyper = shipped.provenance().path("hyperParameters");
    double[] offsets = new double[3];
    for (int k = 0; k < 3; k++) {
      offsets[k] = hyper.path("biasOffsets").get(k).asDouble();
    }
    SentimentTrainer.Options d = SentimentTrainer.Options.defaults();
    SentimentTrainer.Options o = new SentimentTrainer.Options(d.epochs(),
        hyper.path("learningRate").asDouble(), hyper.path("l2").asDouble(), d.minCount(),
        d.seed(), d.balanced());
    if (args.length > 2 && args[2].equals("retune")) {
      SentimentTraining.Candidate tuned = SentimentTraining.tune(set, o);
      offsets = tuned.offsets();
      System.out.printf(Locale.ROOT, "offsets re-tuned by cross-validation: negative %+.2f,"
          + " positive %+.2f, out-of-fold macro-F1 %.4f%n", offsets[0], offsets[2],
          tuned.macroF1());
    }
    VerbatimConfig.Annotation config = ConfigLoader.defaults().annotation();
    CommentAnnotator[] outOfFold = new CommentAnnotator[SentimentTraining.FOLDS];
    for (int f = 0; f < outOfFold.length; f++) {
      int fold = f;
      outOfFold[f] = annotator("fold-" + f, set, i -> set.folds()[i] != fold, o, offsets, config);
    }
    CommentAnnotator all = annotator("all", set, i -> true, o, offsets, config);
    CommentAnnotator tagger = new CommentAnnotator(config);

    report("clothing", clothing(data, clothingCap), tagger,
        id -> outOfFold[SentimentTraining.fold(id)],
        annotator("without-clothing", set,
            i -> !set.domains().get(i).equals(TrainingSet.CLOTHING), o, offsets, config));
    for (String u : UciSentences.DOMAINS) {
      report(u, UciSentences.part(UciSentences.read(data, u), u, Split.DEV), tagger,
          id -> outOfFold[SentimentTraining.fold(u + ":" + id)],
          annotator("without-" + u, set, i -> !set.domains().get(i).equals(u), o, offsets,
              config));
    }
    for (Map.Entry<String, List<LabelledText>> e : semEval(data).entrySet()) {
      report(e.getKey(), e.getValue(), tagger, id -> all, null);
    }
    report("cfpb", cfpb(data), tagger, id -> all, null);
  }

  /** The first {@code cap} clothing dev reviews with text, as title + text. */
  static List<LabelledText> clothing(Path data, int cap) throws java.io.IOException {
    return ClothingCorpus.read(data.resolve(ClothingCorpus.FILE)).stream()
        .filter(r -> !r.heldOut() && !r.text().isEmpty()).limit(cap)
        .map(r -> new LabelledText(r.index(), r.comment(), r.label())).toList();
  }

  /** The SemEval-2014 dev sentences whose aspect polarities agree: restaurants, laptops. */
  static Map<String, List<LabelledText>> semEval(Path data) throws java.io.IOException {
    Map<String, List<LabelledText>> sets = new LinkedHashMap<>();
    for (String[] s : new String[][] {{"restaurants", "semeval2014-restaurants",
        Evaluation.RESTAURANTS}, {"laptops", "semeval2014-laptops", Evaluation.LAPTOPS}}) {
      sets.put(s[0], SentenceSentimentEvaluation.singlePolarity(
              AspectXmlReader.read(data.resolve(s[2]), Integer.MAX_VALUE)).stream()
          .filter(t -> !Split.sealed(s[1], t.id())).toList());
    }
    return sets;
  }

  /** The first CFPB dev narratives (every one a complaint). */
  static List<LabelledText> cfpb(Path data) throws java.io.IOException {
    return CfpbNarratives.read(data).stream().filter(n -> n.part() == Split.DEV)
        .map(CfpbNarratives.Narrative::item).limit(CFPB_ITEMS).toList();
  }

  private static CommentAnnotator annotator(String name, TrainingSet set,
                                            java.util.function.IntPredicate keep,
                                            SentimentTrainer.Options o, double[] offsets,
                                            VerbatimConfig.Annotation config) {
    List<SentimentTrainer.Example> rows = new ArrayList<>();
    for (int i = 0; i < set.examples().size(); i++) {
      if (keep.test(i)) {
        rows.add(set.examples().get(i));
      }
    }
    SentimentModel m = SentimentTrainer.train(rows, o).shifted(offsets);
    return new CommentAnnotator(config, TrainedSentiment.inMemory("dev-check-" + name, m));
  }

  /** A figure with its 95% bootstrap interval. */
  private static String withInterval(Confusion c,
                                     java.util.function.ToDoubleFunction<Confusion> figure) {
    Bootstrap.Interval i = Bootstrap.interval(c, figure);
    return String.format(Locale.ROOT, "%.3f (%.3f-%.3f)", figure.applyAsDouble(c), i.low(),
        i.high());
  }

  /** Prints one domain's figures: by its model per item, and leave-one-domain-out if given. */
  private static void report(String name, List<LabelledText> items, CommentAnnotator tagger,
                             Function<String, CommentAnnotator> byItem,
                             CommentAnnotator leftOut) {
    List<AnalyzedComment> tagged = Parallel.map(items, THREADS,
        t -> tagger.tokenize(new Comment(t.id(), null, t.text(), null, null, name, 0)));
    StringBuilder line = new StringBuilder(name);
    for (boolean lodo : leftOut == null ? new boolean[] {false} : new boolean[] {false, true}) {
      Confusion c = new Confusion(ClothingReviewsReader.LABELS);
      for (int i = 0; i < items.size(); i++) {
        CommentAnnotator a = lodo ? leftOut : byItem.apply(items.get(i).id());
        c.add(items.get(i).label(), a.score(tagged.get(i)).sentimentLabel().value());
      }
      line.append(String.format(Locale.ROOT, lodo ? " | leave-one-domain-out:" : " (%s, n=%d):",
          leftOut == null ? "never trained on" : "out of fold", items.size()));
      line.append(figures(c));
    }
    System.out.println(line);
  }

  /** Macro-F1, accuracy, neutral share and negative share of one confusion matrix. */
  static String figures(Confusion c) {
    return String.format(Locale.ROOT, " macro-F1 %s accuracy %s neutral %.3f negative %s",
        withInterval(c, Confusion::macroF1), withInterval(c, Confusion::accuracy),
        CrossDomainEvaluation.share(c, ClothingReviewsReader.NEUTRAL),
        withInterval(c, x -> CrossDomainEvaluation.share(x, ClothingReviewsReader.NEGATIVE)));
  }
}
