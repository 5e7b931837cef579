package io.verbatim.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import io.verbatim.labelled.ClothingCorpus;
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
    for (ClothingCorpus.Review r : reviews.subList(0, Math.min(n, reviews.size()))) {
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
  }
}
