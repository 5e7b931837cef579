package io.verbatim.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import io.verbatim.config.ConfigLoader;
import io.verbatim.config.VerbatimConfig;
import io.verbatim.labelled.ClothingCorpus;
import io.verbatim.model.AnalyzedComment;
import io.verbatim.model.Comment;
import io.verbatim.model.Sentence;
import io.verbatim.model.SentimentLabel;
import io.verbatim.model.Token;
import io.verbatim.sentiment.TrainedSentiment;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Throughput of the comment sentiment step alone: tags N clothing reviews once (tokenize,
 * ssplit, POS, lemma: shared with themes and suggestions in a run, so not counted), then times
 * {@link SentenceSentiment#TRAINED} scoring every sentence and every comment, as
 * {@link CommentAnnotator} does, on one thread, in wall time and in the thread's CPU time. Not a test: run it by hand and read the figures.
 *
 * <pre>
 * mvn -q -pl lib,jobs -am test-compile -o
 * java -cp jobs/target/test-classes:jobs/target/classes:lib/target/classes:$(cat jobs/target/classpath.txt) \
 *     io.verbatim.annotate.SentimentBenchmark [reviews=2000] [data=../shared/data]
 * </pre>
 */
public final class SentimentBenchmark {

  private SentimentBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    Path data = Path.of(args.length > 1 ? args[1] : "../shared/data");
    List<ClothingCorpus.Review> reviews = ClothingCorpus.read(data.resolve(ClothingCorpus.FILE));
    List<List<List<Token>>> comments = new ArrayList<>();
    long sentences = 0;
    List<ClothingCorpus.Review> read = reviews.subList(0, Math.min(n, reviews.size()));
    for (ClothingCorpus.Review r : read) {
      Annotation doc = new Annotation(r.comment());
      CommentAnnotator.taggingPipeline().annotate(doc);
      List<List<Token>> tagged = new ArrayList<>();
      for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
        List<Token> tokens = new ArrayList<>();
        for (CoreLabel l : s.get(CoreAnnotations.TokensAnnotation.class)) {
          tokens.add(new Token(l.word(), l.lemma().toLowerCase(Locale.ROOT), l.tag()));
        }
        tagged.add(tokens);
      }
      sentences += tagged.size();
      comments.add(tagged);
    }
    TrainedSentiment model = TrainedSentiment.shipped();
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    for (int round = 1; round <= 8; round++) {
      long started = System.nanoTime();
      long cpuStarted = threads.getCurrentThreadCpuTime();
      double checksum = 0;
      for (List<List<Token>> comment : comments) {
        List<Token> all = new ArrayList<>();
        double weighted = 0;
        for (List<Token> s : comment) {
          double score = SentenceSentiment.TRAINED.sentence(s, model);
          weighted += score * s.size();
          all.addAll(s);
        }
        checksum += SentenceSentiment.TRAINED.comment(comment, all,
            weighted / Math.max(1, all.size()), model);
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      double cpu = (threads.getCurrentThreadCpuTime() - cpuStarted) / 1e9;
      // CPU time too: on a shared machine wall time measures the neighbours as well.
      System.out.printf(Locale.ROOT, "round %d: %d comments, %d sentences in %.2f s wall, %.2f s"
              + " CPU: %.0f sentences/s wall, %.0f per CPU-second, one thread (checksum %.3f)%n",
          round, comments.size(), sentences, seconds, cpu, sentences / seconds, sentences / cpu,
          checksum);
    }
    adaptation(read, comments, sentences, model, threads);
  }

  /**
   * What annotation.adaptFromScore adds on the driver (weak labels and fit, from the ratings)
   * and per comment (the in-domain score and the blended comment), one thread.
   */
  private static void adaptation(List<ClothingCorpus.Review> read,
                                 List<List<List<Token>>> comments, long sentences,
                                 TrainedSentiment model,
                                 java.lang.management.ThreadMXBean threads) {
    VerbatimConfig.Annotation config = ConfigLoader.defaults().annotation();
    List<AnalyzedComment> analysed = new ArrayList<>();
    for (int i = 0; i < comments.size(); i++) {
      List<Sentence> ss = new ArrayList<>();
      for (List<Token> s : comments.get(i)) {
        ss.add(Sentence.annotated(ss.size(), "", s, 0, SentimentLabel.NEUTRAL));
      }
      ClothingCorpus.Review r = read.get(i);
      double score = model.commentScores(comments.get(i)).score();
      analysed.add(new AnalyzedComment(new Comment(r.index(), null, r.comment(),
          (double) r.rating(), null, "benchmark", i), ss, score,
          SentimentLabel.of(score, config.negativeBelow(), config.positiveAbove())));
    }
    long started = System.nanoTime();
    WeakLabels weak = new WeakLabels(new ScoreEnds(1, 5));
    analysed.forEach(weak::add);
    ScoreAdaptation fitted = ScoreAdaptation.fit(weak, config).orElseThrow();
    ScoreAdaptation adaptation = fitted.calibrated(
        analysed.stream().mapToDouble(fitted::inDomain).toArray());
    System.out.printf(Locale.ROOT, "adaptation: weak labels, fit and band on %d comments in"
        + " %.2f s%n", analysed.size(), (System.nanoTime() - started) / 1e9);
    for (int round = 1; round <= 4; round++) {
      long t = System.nanoTime();
      long cpuStarted = threads.getCurrentThreadCpuTime();
      double checksum = 0;
      for (AnalyzedComment c : analysed) {
        checksum += adaptation.apply(c).sentimentScore();
      }
      double seconds = (System.nanoTime() - t) / 1e9;
      double cpu = (threads.getCurrentThreadCpuTime() - cpuStarted) / 1e9;
      System.out.printf(Locale.ROOT, "adaptation round %d: rescoring %d comments (%d sentences)"
              + " in %.2f s wall, %.2f s CPU: %.0f sentences/s wall, %.0f per CPU-second"
              + " (checksum %.3f)%n", round, analysed.size(), sentences, seconds, cpu,
          sentences / seconds, sentences / cpu, checksum);
    }
  }
}
