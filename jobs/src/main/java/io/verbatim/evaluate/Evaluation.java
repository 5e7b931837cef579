package io.verbatim.evaluate;

import io.verbatim.labelled.AspectSentence;
import io.verbatim.labelled.AspectXmlReader;
import io.verbatim.labelled.SuggestionSetReader;
import io.verbatim.labelled.LabelledText;
import io.verbatim.labelled.CfpbNarratives;
import io.verbatim.labelled.ClothingCorpus;
import io.verbatim.labelled.ClothingReviewsReader;
import io.verbatim.labelled.ComplaintReader;
import io.verbatim.labelled.Split;
import io.verbatim.labelled.UciSentences;
import io.verbatim.sentiment.TrainedSentiment;
import io.verbatim.sentiment.SentimentTrainer;
import io.verbatim.training.SentimentTraining;
import io.verbatim.training.TrainingSet;
import io.verbatim.annotate.CommentAnnotator;
import io.verbatim.config.ConfigLoader;
import io.verbatim.config.VerbatimConfig;
import io.verbatim.sentiment.aspect.AspectSentiment;
import io.verbatim.suggestions.SuggestionModel;
import io.verbatim.themes.Taxonomy;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs every evaluation over the public data sets with the classes {@code run} uses and writes
 * {@code evaluation.md} and {@code evaluation.json} into the report folder.
 */
public final class Evaluation {

  /** Reviews evaluated when no limit is given: annotating is the slow part. */
  public static final int DEFAULT_CLOTHING_LIMIT = 2000;
  /** Sealed complaint narratives scored when no limit is given: they are long. */
  public static final int DEFAULT_COMPLAINT_LIMIT = 600;

  static final String SUGGESTIONS = "suggestions/semeval2019-task9/";
  static final String FORUM_TRIAL = SUGGESTIONS + "SubtaskA_Trial_Test_Labeled.csv";
  static final String HOTEL_TRIAL = SUGGESTIONS + "SubtaskB_Trial_Test_Labeled.csv";
  /** The trial sets' names for {@link io.verbatim.labelled.Split}: they fix who is sealed. */
  static final String FORUM_SET = "semeval2019-task9/subtask-a-trial";
  static final String HOTEL_SET = "semeval2019-task9/subtask-b-trial";
  static final String CLOTHING = "reviews/womens-clothing-ecommerce-reviews.csv";
  static final String RESTAURANTS = "aspects/semeval2014-task4/Restaurants_Train_v2.xml";
  static final String LAPTOPS = "aspects/semeval2014-task4/Laptop_Train_v2.xml";
  static final String PAYDAY = CfpbNarratives.PAYDAY;
  static final String PRODUCTS = CfpbNarratives.PRODUCTS;
  /** Set names for {@link io.verbatim.labelled.Split}. */
  static final String PAYDAY_SET = CfpbNarratives.PAYDAY_SET;
  static final String PRODUCTS_SET = CfpbNarratives.PRODUCTS_SET;

  /**
   * What to evaluate.
   *
   * @param data the shared data folder
   * @param report where the report goes (created)
   * @param limit cap per set; null for full suggestion and aspect sets and
   *     {@value #DEFAULT_CLOTHING_LIMIT} clothing reviews
   * @param threads annotation threads
   */
  public record Options(Path data, Path report, Integer limit, int threads) {

    public Options {
      if (limit != null && limit < 1) {
        throw new IllegalArgumentException("--limit must be at least 1");
      }
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1");
      }
    }
  }

  private Evaluation() {
  }

  /** Usage: {@code Evaluation [DATA_DIR [REPORT_DIR [LIMIT]]]}. */
  public static void main(String[] args) throws IOException {
    Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
    Path report = Path.of(args.length > 1 ? args[1] : "evaluation");
    Integer limit = args.length > 2 ? Integer.valueOf(args[2]) : null;
    run(new Options(data, report, limit, 2), System.out);
  }

  public static EvaluationReport run(Options o, PrintStream log) throws IOException {
    Path data = o.data();
    List<Path> missing = missing(data);
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("missing data set " + missing.get(0));
    }
    Instant started = Instant.now();
    int all = o.limit() == null ? Integer.MAX_VALUE : o.limit();
    int clothingLimit = o.limit() == null ? DEFAULT_CLOTHING_LIMIT : o.limit();
    VerbatimConfig config = ConfigLoader.defaults();
    CommentAnnotator annotator = new CommentAnnotator(config.annotation());
    VerbatimConfig.Annotation a = config.annotation();
    // CoreNLP's own model is always measured beside the configured one, as the baseline.
    CommentAnnotator rntn = withSentiment(a, CommentAnnotator.RNTN);
    // The opinion word list alone, the model-free choice, beside both.
    CommentAnnotator rules = withSentiment(a, CommentAnnotator.RULES);
    log.println("Loading CoreNLP models...");
    annotator.warmUp();
    rntn.warmUp();
    rules.warmUp();
    Tagger tagger = new Tagger();
    SuggestionEvaluation suggestions = new SuggestionEvaluation(tagger, o.threads());
    List<TaskResult> results = new ArrayList<>();

    for (TaskResult r : SuggestionEvaluation.crossValidated(SuggestionModel.shipped())) {
      results.add(logged(log, r));
    }
    for (TaskResult r : suggestions.run("suggestions.forum",
        "Suggestions, software forum (SemEval-2019 Task 9 A trial)", FORUM_TRIAL, FORUM_SET,
        SuggestionSetReader.read(data.resolve(FORUM_TRIAL), all), KindSample.of(FORUM_SET))) {
      results.add(logged(log, r));
    }
    for (TaskResult r : suggestions.run("suggestions.hotel",
        "Suggestions, hotel reviews (SemEval-2019 Task 9 B trial)", HOTEL_TRIAL, HOTEL_SET,
        SuggestionSetReader.read(data.resolve(HOTEL_TRIAL), all), KindSample.of(HOTEL_SET))) {
      results.add(logged(log, r));
    }
    for (String method : List.of("", ".rules")) {
      results.add(logged(log, SuggestionEvaluation.pooledChanges("suggestions.changes" + method,
          "Suggestions flagged as changes, both hand-labelled dev samples, "
              + (method.isEmpty() ? "model" : "rules alone"),
          findResult(results, "suggestions.forum.dev.changes" + method),
          findResult(results, "suggestions.hotel.dev.changes" + method))));
    }

    List<LabelledText> reviews = ClothingReviewsReader.read(data.resolve(CLOTHING), clothingLimit);
    results.add(logged(log, new SentimentEvaluation(annotator, o.threads()).run(
        "sentiment.clothing", "Comment sentiment, clothing reviews (" + a.sentiment() + ")",
        CLOTHING, reviews)));
    results.add(logged(log, new SentimentEvaluation(rntn, o.threads()).run(
        "sentiment.clothing.rntn", "Comment sentiment, clothing reviews (RNTN baseline)",
        CLOTHING, reviews)));
    results.add(logged(log, new SentimentEvaluation(rules, o.threads()).run(
        "sentiment.clothing.rules", "Comment sentiment, clothing reviews (rules: opinion words)",
        CLOTHING, reviews)));

    List<AspectSentence> restaurants = AspectXmlReader.read(data.resolve(RESTAURANTS), all);
    List<AspectSentence> laptops = AspectXmlReader.read(data.resolve(LAPTOPS), all);
    AspectPolarityEvaluation polarity =
        new AspectPolarityEvaluation(annotator, new AspectSentiment(), tagger, o.threads());
    results.add(logged(log, polarity.run("polarity.restaurants",
        "Aspect-term polarity, restaurants (SemEval-2014 Task 4)", RESTAURANTS, restaurants)));
    results.add(logged(log, new AspectPolarityEvaluation(rntn, o.threads()).run(
        "polarity.restaurants.rntn", "Aspect-term polarity, restaurants (RNTN baseline)",
        RESTAURANTS, restaurants)));
    results.add(logged(log, polarity.run("polarity.laptops",
        "Aspect-term polarity, laptops (SemEval-2014 Task 4)", LAPTOPS, laptops)));
    results.add(logged(log, new AspectPolarityEvaluation(rntn, o.threads()).run(
        "polarity.laptops.rntn", "Aspect-term polarity, laptops (RNTN baseline)",
        LAPTOPS, laptops)));
    // What in-domain labels would add (cross-validated here, never shipped: research-use data).
    SupervisedAspectPolarity supervised =
        new SupervisedAspectPolarity(new AspectSentiment(), tagger, o.threads());
    results.add(logged(log, supervised.run("polarity.restaurants.supervised-cv",
        "Aspect-term polarity, restaurants (supervised 5-fold CV, evaluation only)",
        RESTAURANTS, restaurants)));
    results.add(logged(log, supervised.run("polarity.laptops.supervised-cv",
        "Aspect-term polarity, laptops (supervised 5-fold CV, evaluation only)",
        LAPTOPS, laptops)));

    // Sentence sentiment across domains: what each sentence of a run is given, not the aspect.
    SentenceSentimentEvaluation sentenceSentiment = new SentenceSentimentEvaluation(annotator,
        a.negativeBelow(), a.positiveAbove(), o.threads());
    SentenceSentimentEvaluation sentenceRntn = new SentenceSentimentEvaluation(rntn,
        a.negativeBelow(), a.positiveAbove(), o.threads());
    results.add(logged(log, sentenceSentiment.run("sentiment.sentences.restaurants",
        "Sentence sentiment, restaurants (SemEval-2014 Task 4, " + a.sentiment() + ")",
        RESTAURANTS, restaurants)));
    results.add(logged(log, sentenceRntn.run("sentiment.sentences.restaurants.rntn",
        "Sentence sentiment, restaurants (RNTN baseline)", RESTAURANTS, restaurants)));
    results.add(logged(log, new SentenceSentimentEvaluation(rules, a.negativeBelow(),
        a.positiveAbove(), o.threads()).run("sentiment.sentences.restaurants.rules",
        "Sentence sentiment, restaurants (rules: opinion words)", RESTAURANTS, restaurants)));
    results.add(logged(log, sentenceSentiment.run("sentiment.sentences.laptops",
        "Sentence sentiment, laptops (SemEval-2014 Task 4, " + a.sentiment() + ")",
        LAPTOPS, laptops)));
    results.add(logged(log, sentenceRntn.run("sentiment.sentences.laptops.rntn",
        "Sentence sentiment, laptops (RNTN baseline)", LAPTOPS, laptops)));

    AspectTermEvaluation terms =
        new AspectTermEvaluation(tagger, Taxonomy.defaults(), o.threads());
    results.add(logged(log, terms.run("aspects.restaurants",
        "Aspect-term extraction, restaurants (SemEval-2014 Task 4)", RESTAURANTS, restaurants)));
    results.add(logged(log, terms.run("aspects.laptops",
        "Aspect-term extraction, laptops (SemEval-2014 Task 4)", LAPTOPS, laptops)));
    results.add(logged(log, new ThemePurityEvaluation(config, Taxonomy.defaults(), o.threads())
        .run("themes.restaurants", "Themes against aspect categories, restaurants"
            + " (SemEval-2014 Task 4)", RESTAURANTS, restaurants)));
    // Complaints: the sealed part only; themes and ideas are discovered on it as run would.
    ComplaintThemeEvaluation complaints =
        new ComplaintThemeEvaluation(config, Taxonomy.defaults(), o.threads());
    List<LabelledText> payday = ComplaintReader.read(data.resolve(PAYDAY), PAYDAY_SET,
        "Complaint ID", "Issue", Split.SEALED);
    results.add(logged(log, complaints.run("themes.payday", "Themes and ideas against the"
        + " labelled Issue, CFPB payday and personal loan complaints (sealed part)", PAYDAY,
        payday.subList(0, Math.min(all, payday.size())))));
    List<LabelledText> products = ComplaintReader.read(data.resolve(PRODUCTS), PRODUCTS_SET, "",
        "Product", Split.SEALED);
    results.add(logged(log, complaints.run("themes.products", "Themes and ideas against the"
        + " labelled Product, CFPB complaints across products (sealed part)", PRODUCTS,
        products.subList(0, Math.min(all, products.size())))));

    Map<String, TrainedSentiment> leftOut = new LinkedHashMap<>();
    results.addAll(matrix(o, config, annotator, rules, rntn, reviews, restaurants, laptops,
        leftOut, log));
    if (leftOut.containsKey(TrainingSet.CLOTHING)) {
      log.println("Adapting to the clothing ratings (annotation.adaptFromScore)...");
      for (TaskResult r : new ScoreAdaptationEvaluation(a, o.threads()).run(
          ClothingCorpus.read(data.resolve(CLOTHING)), clothingLimit,
          o.limit() == null ? ScoreAdaptationEvaluation.DEFAULT_DEV_LIMIT
              : Math.max(o.limit() * 5, 300),
          ScoreAdaptationEvaluation.models(TrainedSentiment.shipped(),
              leftOut.get(TrainingSet.CLOTHING)))) {
        results.add(logged(log, r));
      }
    }

    String limits = o.limit() == null
        ? "full suggestion and aspect sets; the first " + DEFAULT_CLOTHING_LIMIT + " sealed clothing"
            + " reviews; sealed parts of the UCI and SemEval-2014 sentences; the first "
            + DEFAULT_COMPLAINT_LIMIT + " sealed complaint narratives"
        : "at most " + o.limit() + " items read per set";
    EvaluationReport report = new EvaluationReport(started, data.toString(), limits, o.threads(),
        results, totals(results));
    ReportWriter.write(report, o.report());
    log.println("Report written to " + o.report().resolve(ReportWriter.MARKDOWN) + " and "
        + o.report().resolve(ReportWriter.JSON));
    return report;
  }

  /** One column of the cross-domain matrix: a domain's sealed items. */
  private record Domain(String name, CrossDomainEvaluation.Kind kind, String dataset,
                        List<LabelledText> items) {
  }

  /**
   * The cross-domain sentiment matrix: every sentiment path on the sealed part of every domain;
   * the trained model also left out of each domain it was trained on (leave-one-domain-out),
   * each such model put in {@code leftOut} by the domain it left out.
   */
  private static List<TaskResult> matrix(Options o, VerbatimConfig config,
                                         CommentAnnotator trained, CommentAnnotator rules,
                                         CommentAnnotator rntn, List<LabelledText> clothing,
                                         List<AspectSentence> restaurants,
                                         List<AspectSentence> laptops,
                                         Map<String, TrainedSentiment> leftOut, PrintStream log)
      throws IOException {
    Path data = o.data();
    int cap = o.limit() == null ? Integer.MAX_VALUE : o.limit();
    List<Domain> domains = new ArrayList<>();
    domains.add(new Domain("clothing", CrossDomainEvaluation.Kind.THREE_WAY, CLOTHING, clothing));
    for (String d : UciSentences.DOMAINS) {
      domains.add(new Domain(d, CrossDomainEvaluation.Kind.BINARY, UciSentences.file(d),
          cap(UciSentences.part(UciSentences.read(data, d), d, Split.SEALED), cap)));
    }
    domains.add(new Domain("restaurants", CrossDomainEvaluation.Kind.THREE_WAY, RESTAURANTS,
        cap(sealedSentences("semeval2014-restaurants", restaurants), cap)));
    domains.add(new Domain("laptops", CrossDomainEvaluation.Kind.THREE_WAY, LAPTOPS,
        cap(sealedSentences("semeval2014-laptops", laptops), cap)));
    domains.add(new Domain("cfpb", CrossDomainEvaluation.Kind.COMPLAINTS, CfpbNarratives.PAYDAY
        + " + " + CfpbNarratives.PRODUCTS, cap(CfpbNarratives.read(data).stream()
        .filter(n -> n.part() == Split.SEALED).map(CfpbNarratives.Narrative::item).toList(),
        o.limit() == null ? DEFAULT_COMPLAINT_LIMIT : o.limit())));

    VerbatimConfig.Annotation a = config.annotation();
    CommentAnnotator vader = withSentiment(a, CommentAnnotator.VADER);
    vader.warmUp();
    CrossDomainEvaluation cells = new CrossDomainEvaluation(o.threads());
    List<TaskResult> out = new ArrayList<>();
    String unseen = "Never trained on this domain.";
    for (Domain d : domains) {
      String trainedNote = d.name().equals("clothing") || UciSentences.DOMAINS.contains(d.name())
          ? "IN-DOMAIN: the shipped model was trained on this domain's dev part (never on its"
              + " sealed part); the leave-one-domain-out row is the cross-domain figure."
          : unseen;
      out.add(logged(log, cells.run(trained, "trained", d.name(), d.kind(), d.dataset(),
          d.items(), trainedNote)));
      out.add(logged(log, cells.run(rules, "rules", d.name(), d.kind(), d.dataset(), d.items(),
          "No model; the opinion word list was shaped while reading SemEval-2014 aspect errors,"
              + " so its SemEval figures are in-sample.")));
      out.add(logged(log, cells.run(vader, "vader", d.name(), d.kind(), d.dataset(), d.items(),
          "Published lexicon and rules; nothing fitted here.")));
      out.add(logged(log, cells.run(rntn, "rntn", d.name(), d.kind(), d.dataset(), d.items(),
          "CoreNLP's model (trained on film reviews, Stanford Sentiment Treebank).")));
    }
    log.println("Training the leave-one-domain-out models...");
    TrainingSet set = TrainingSet.read(data,
        o.limit() == null ? Integer.MAX_VALUE : Math.max(o.limit() * 5, 300), o.threads());
    for (Domain d : domains) {
      String left = d.name().equals("clothing") ? TrainingSet.CLOTHING : d.name();
      if (!set.domains().contains(left)) {
        continue;
      }
      TrainedSentiment model = TrainedSentiment.inMemory("without-" + left,
          SentimentTraining.fit(set.without(left), SentimentTrainer.Options.defaults()));
      leftOut.put(left, model);
      CommentAnnotator without = new CommentAnnotator(a, model);
      without.warmUp();
      out.add(logged(log, cells.run(without, "trained-lodo", d.name(), d.kind(), d.dataset(),
          d.items(), "Leave-one-domain-out: the trained path with a model fitted here on the"
              + " dev parts of every training domain but this one (default options, bias"
              + " offsets by cross-validation inside them).")));
    }
    return out;
  }

  private static List<LabelledText> sealedSentences(String set, List<AspectSentence> all) {
    return SentenceSentimentEvaluation.singlePolarity(all).stream()
        .filter(t -> Split.sealed(set, t.id())).toList();
  }

  private static <T> List<T> cap(List<T> items, int cap) {
    return items.size() > cap ? items.subList(0, cap) : items;
  }

  private static CommentAnnotator withSentiment(VerbatimConfig.Annotation a, String sentiment) {
    return new CommentAnnotator(new VerbatimConfig.Annotation(sentiment, a.parser(),
        a.maxParseTokens(), a.negativeBelow(), a.positiveAbove()));
  }

  /** The data set files that are not readable under {@code data}; empty when all are there. */
  public static List<Path> missing(Path data) {
    return List.of(SUGGESTIONS + "SubtaskA_Trial_Test_Labeled.csv",
            SUGGESTIONS + "SubtaskB_Trial_Test_Labeled.csv", CLOTHING, RESTAURANTS, LAPTOPS,
            UciSentences.file("amazon_cells"), UciSentences.file("imdb"),
            UciSentences.file("yelp"), CfpbNarratives.PAYDAY, CfpbNarratives.PRODUCTS)
        .stream().map(data::resolve).filter(p -> !Files.isReadable(p)).toList();
  }

  /** Sums each stage's sentences and seconds over all sets (same thread count per stage). */
  static List<Speed> totals(List<TaskResult> results) {
    Map<String, Speed> byStage = new LinkedHashMap<>();
    for (TaskResult r : results) {
      for (Speed s : r.speeds()) {
        byStage.merge(s.stage(), s, (a, b) -> new Speed(a.stage(), a.sentences() + b.sentences(),
            a.seconds() + b.seconds(), a.threads()));
      }
    }
    return List.copyOf(byStage.values());
  }

  private static TaskResult findResult(List<TaskResult> results, String key) {
    return results.stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
  }

  private static TaskResult logged(PrintStream log, TaskResult r) {
    log.println(ReportWriter.headline(r));
    return r;
  }
}
