package io.verbatim.evaluate;

import io.verbatim.config.ConfigLoader;
import io.verbatim.config.VerbatimConfig;
import io.verbatim.labelled.ClothingReviewsReader;
import io.verbatim.labelled.Confusion;
import io.verbatim.labelled.LabelledText;
import io.verbatim.labelled.UciSentences;
import io.verbatim.model.SentimentLabel;
import io.verbatim.sentiment.SentimentModel;
import io.verbatim.sentiment.SentimentTrainer;
import io.verbatim.training.SentimentTraining;
import io.verbatim.training.TrainingSet;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntPredicate;

/**
 * A developer's check, not a test: would a contextual sentence encoder reach issue 12's targets?
 * The same cells as {@link DevSentimentCheck}, on the same DEV parts and training rows, with the
 * comment's features replaced by its all-MiniLM-L6-v2 embedding (384 numbers, the whole comment
 * encoded at once) and the same trainer (multinomial logistic regression, the shipped options
 * grid), options and bias offsets chosen by cross-validation inside the training rows, and the
 * pipeline's label rule (P(pos) - P(neg) against the configured thresholds). Nothing else of the
 * pipeline (no VADER, no service failures, no sentence rule): the encoder alone.
 *
 * <p>The encoder stays out of the build: {@code export} writes the texts, the standalone tool in
 * {@code jobs/tools/encoder-anchor} encodes them, {@code score} reads the vectors back.
 *
 * <pre>
 * java -cp jobs/target/test-classes:jobs/target/classes:lib/target/classes:$(cat jobs/target/classpath.txt) \
 *     io.verbatim.evaluate.EncoderAnchorCheck export ../shared/data /tmp/anchor
 * mvn -B -ntp -q -f jobs/tools/encoder-anchor/pom.xml compile exec:java \
 *     -Dexec.args="encode /tmp/anchor/texts.txt /tmp/anchor/vectors.bin 2"
 * java -cp ... io.verbatim.evaluate.EncoderAnchorCheck score ../shared/data /tmp/anchor
 * </pre>
 */
public final class EncoderAnchorCheck {

  private static final int CLOTHING_ITEMS = 3000;
  private static final String TEXTS = "texts.txt";
  private static final String SENTENCES = "sentences.txt";
  private static final String VECTORS = "vectors.bin";

  private EncoderAnchorCheck() {
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 3 || !(args[0].equals("export") || args[0].equals("score"))) {
      System.err.println("usage: EncoderAnchorCheck export|score DATA DIR [EPOCHS]");
      System.exit(2);
    }
    Path data = Path.of(args[1]);
    Path dir = Path.of(args[2]);
    List<TrainingSet.Item> training = TrainingSet.items(data, Integer.MAX_VALUE);
    List<LabelledText> clothing = DevSentimentCheck.clothing(data, CLOTHING_ITEMS);
    Map<String, List<LabelledText>> semEval = DevSentimentCheck.semEval(data);
    List<LabelledText> cfpb = DevSentimentCheck.cfpb(data);
    if (args[0].equals("export")) {
      export(dir, training, semEval, cfpb);
    } else {
      SentimentTrainer.Options d = SentimentTrainer.Options.defaults();
      score(dir, training, clothing, semEval, cfpb, args.length > 3
          ? new SentimentTrainer.Options(Integer.parseInt(args[3]), d.learningRate(), d.l2(),
          d.minCount(), d.seed(), d.balanced()) : d);
    }
  }

  /** One text a line: the encoder's input, the way it reads it (no tabs or line breaks). */
  static String line(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  private static void export(Path dir, List<TrainingSet.Item> training,
                             Map<String, List<LabelledText>> semEval, List<LabelledText> cfpb)
      throws IOException {
    Set<String> texts = new LinkedHashSet<>();
    training.forEach(i -> texts.add(line(i.text().text())));
    semEval.values().forEach(l -> l.forEach(t -> texts.add(line(t.text()))));
    cfpb.forEach(t -> texts.add(line(t.text())));
    // Sentences for the speed figure: the short single sentences of UCI and SemEval, mixed.
    List<String> sentences = new ArrayList<>();
    training.stream().filter(i -> !i.domain().equals(TrainingSet.CLOTHING))
        .forEach(i -> sentences.add(line(i.text().text())));
    semEval.values().forEach(l -> l.forEach(t -> sentences.add(line(t.text()))));
    Collections.shuffle(sentences, new Random(12));
    Files.createDirectories(dir);
    Files.write(dir.resolve(TEXTS), texts, StandardCharsets.UTF_8);
    Files.write(dir.resolve(SENTENCES), sentences, StandardCharsets.UTF_8);
    System.out.printf(Locale.ROOT, "%d texts, %d sentences written to %s%n", texts.size(),
        sentences.size(), dir);
  }

  private static void score(Path dir, List<TrainingSet.Item> training,
                            List<LabelledText> clothing, Map<String, List<LabelledText>> semEval,
                            List<LabelledText> cfpb, SentimentTrainer.Options base)
      throws IOException {
    Function<String, Map<String, Double>> embed = embeddings(dir);
    List<SentimentTrainer.Example> examples = new ArrayList<>();
    List<String> domains = new ArrayList<>();
    int[] folds = new int[training.size()];
    for (int i = 0; i < training.size(); i++) {
      TrainingSet.Item item = training.get(i);
      examples.add(new SentimentTrainer.Example(embed.apply(item.text().text()),
          SentimentModel.LABELS.indexOf(item.text().label())));
      domains.add(item.domain());
      folds[i] = item.fold();
    }
    VerbatimConfig.Annotation config = ConfigLoader.defaults().annotation();
    SentimentTraining.Candidate best = null;
    for (SentimentTrainer.Options o : SentimentTraining.grid(base)) {
      SentimentTraining.Candidate c = SentimentTraining.crossValidate(examples, folds, o,
          config);
      System.out.printf(Locale.ROOT, "cv: %d epochs, learning rate %.3f, l2 %.1e: macro-F1"
              + " %.4f (bias offsets negative %+.2f, positive %+.2f)%n", o.epochs(),
          o.learningRate(), o.l2(),
          c.macroF1(), c.offsets()[0], c.offsets()[2]);
      if (best == null || c.macroF1() > best.macroF1()) {
        best = c;
      }
    }
    SentimentTraining.Candidate chosen = best;
    Function<IntPredicate, SentimentModel> fit = keep -> {
      List<SentimentTrainer.Example> rows = new ArrayList<>();
      for (int i = 0; i < examples.size(); i++) {
        if (keep.test(i)) {
          rows.add(examples.get(i));
        }
      }
      return SentimentTrainer.train(rows, chosen.options()).shifted(chosen.offsets());
    };
    SentimentModel[] outOfFold = new SentimentModel[SentimentTraining.FOLDS];
    for (int f = 0; f < outOfFold.length; f++) {
      int fold = f;
      outOfFold[f] = fit.apply(i -> folds[i] != fold);
    }
    SentimentModel all = fit.apply(i -> true);

    Scorer scorer = new Scorer(embed, config);
    scorer.report("clothing", clothing, id -> outOfFold[SentimentTraining.fold(id)],
        fit.apply(i -> !domains.get(i).equals(TrainingSet.CLOTHING)));
    for (String u : UciSentences.DOMAINS) {
      List<LabelledText> items = training.stream().filter(i -> i.domain().equals(u))
          .map(TrainingSet.Item::text).toList();
      scorer.report(u, items, id -> outOfFold[SentimentTraining.fold(u + ":" + id)],
          fit.apply(i -> !domains.get(i).equals(u)));
    }
    semEval.forEach((name, items) -> scorer.report(name, items, id -> all, null));
    scorer.report("cfpb", cfpb, id -> all, null);
  }

  /** Each exported text's vector, scaled to unit variance per dimension, as named features. */
  private static Function<String, Map<String, Double>> embeddings(Path dir) throws IOException {
    Map<String, float[]> byText = vectors(dir.resolve(TEXTS), dir.resolve(VECTORS));
    int dim = byText.values().iterator().next().length;
    String[] names = new String[dim];
    for (int d = 0; d < dim; d++) {
      names[d] = "e" + d;
    }
    // A unit vector's numbers are about 1/sqrt(dim) each; the trainer's learning rates and
    // L2 were set for features of about unit size.
    float scale = (float) Math.sqrt(dim);
    byText.values().forEach(v -> {
      for (int d = 0; d < dim; d++) {
        v[d] *= scale;
      }
    });
    return text -> {
      float[] v = byText.get(line(text));
      if (v == null) {
        throw new IllegalStateException("not encoded: run export and encode again");
      }
      return new Dense(names, v);
    };
  }

  /**
   * The encoder tool's vectors (a count, a dimension, then the floats in line order) by the
   * line of {@code texts} they encode.
   */
  static Map<String, float[]> vectors(Path texts, Path vectors) throws IOException {
    List<String> lines = Files.readAllLines(texts, StandardCharsets.UTF_8);
    Map<String, float[]> byText = new HashMap<>();
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(
        Files.newInputStream(vectors)))) {
      int n = in.readInt();
      int dim = in.readInt();
      if (n != lines.size()) {
        throw new IOException(vectors + " holds " + n + " vectors for " + lines.size()
            + " texts: encode " + texts + " again");
      }
      for (String t : lines) {
        float[] v = new float[dim];
        for (int d = 0; d < dim; d++) {
          v[d] = in.readFloat();
        }
        byText.put(t, v);
      }
    }
    return byText;
  }

  /** Scores items by the label rule of the pipeline and prints DevSentimentCheck's figures. */
  private record Scorer(Function<String, Map<String, Double>> embed,
                        VerbatimConfig.Annotation config) {

    void report(String name, List<LabelledText> items,
                Function<String, SentimentModel> byItem, SentimentModel leftOut) {
      StringBuilder line = new StringBuilder(name);
      for (boolean lodo : leftOut == null ? new boolean[] {false} : new boolean[] {false, true}) {
        Confusion c = new Confusion(ClothingReviewsReader.LABELS);
        for (LabelledText t : items) {
          SentimentModel m = lodo ? leftOut : byItem.apply(t.id());
          double[] p = SentimentModel.softmax(m.logits(embed.apply(t.text())));
          c.add(t.label(), SentimentLabel.of(p[2] - p[0], config.negativeBelow(),
              config.positiveAbove()).value());
        }
        line.append(String.format(Locale.ROOT, lodo ? " | leave-one-domain-out:"
                : " (%s, n=%d):", leftOut == null ? "never trained on" : "out of fold",
            items.size()));
        line.append(DevSentimentCheck.figures(c));
      }
      System.out.println(line);
    }
  }

  /** A dense vector as the trainer's feature map, without a map entry object per number. */
  private static final class Dense extends AbstractMap<String, Double> {
    private final String[] names;
    private final float[] values;

    Dense(String[] names, float[] values) {
      this.names = names;
      this.values = values;
    }

    @Override
    public Set<Entry<String, Double>> entrySet() {
      return new AbstractSet<>() {
        @Override
        public Iterator<Entry<String, Double>> iterator() {
          return new Iterator<>() {
            private int d;

            @Override
            public boolean hasNext() {
              return d < names.length;
            }

            @Override
            public Entry<String, Double> next() {
              Entry<String, Double> e = new SimpleImmutableEntry<>(names[d], (double) values[d]);
              d++;
              return e;
            }
          };
        }

        @Override
        public int size() {
          return names.length;
        }
      };
    }
  }
}
