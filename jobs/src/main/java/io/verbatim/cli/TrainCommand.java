package io.verbatim.cli;

import io.verbatim.labelled.Confusion;
import io.verbatim.labelled.ClothingCorpus;
import io.verbatim.sentiment.SentimentTrainer;
import io.verbatim.training.SentimentTraining;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code verbatim train}: reproduces the shipped sentiment model from the public clothing reviews
 * (CC0), deterministically, and writes it with its provenance and held-out metrics.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
    subcommands = TrainSuggestionsCommand.class,
    description = "Train the sentiment classifier on the dev parts of the public clothing reviews"
        + " and UCI sentences (never their sealed parts) and write the model with its provenance"
        + " and the sealed clothing figures; `train suggestions` trains the suggestion model"
        + " instead.")
final class TrainCommand implements Callable<Integer> {

  @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data",
      description = "The shared data folder (default: ${DEFAULT-VALUE}).")
  Path data;

  @Option(names = "--out", paramLabel = "FILE",
      defaultValue = "lib/src/main/resources/io/verbatim/sentiment/model.json.gz",
      description = "Where the model goes (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "2",
      description = "Tagging threads; the training itself is single-threaded and seeded"
          + " (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--epochs", paramLabel = "N", description = "Training epochs.")
  Integer epochs;

  @Option(names = "--l2", paramLabel = "X", description = "Base L2 penalty; cross-validation"
      + " inside the training rows picks a multiple of it and the learning rate.")
  Double l2;

  @Option(names = "--rntn", description = "Also score the sealed clothing reviews with CoreNLP's"
      + " RNTN, the baseline (slow: minutes).")
  boolean rntn;

  @Override
  public Integer call() throws IOException {
    Path file = data.resolve(ClothingCorpus.FILE);
    if (!Files.isReadable(file)) {
      System.err.println("verbatim: data set not found: " + file);
      return Verbatim.USAGE_ERROR;
    }
    if (threads < 1) {
      System.err.println("verbatim: --threads must be at least 1");
      return Verbatim.USAGE_ERROR;
    }
    SentimentTrainer.Options d = SentimentTrainer.Options.defaults();
    SentimentTrainer.Options options = new SentimentTrainer.Options(
        epochs == null ? d.epochs() : epochs, d.learningRate(), l2 == null ? d.l2() : l2,
        d.minCount(), d.seed(), d.balanced());
    SentimentTraining.Result r =
        SentimentTraining.run(data, options, threads, Integer.MAX_VALUE, rntn, System.out);
    r.model().save(out);
    print("title + text, the pipeline's label", r.commentByScore());
    print("title + text, most probable class", r.comment());
    print("title + text, via sentences", r.viaSentences());
    print("text only, the pipeline's label", r.textOnly().commentByScore());
    if (r.rntn() != null) {
      print("RNTN baseline, title + text", r.rntn());
    }
    System.out.printf(Locale.ROOT, "Scoring: %d sentences in %.2f s on one thread (%.0f/s)%n",
        r.sentences(), r.scoreSeconds(), r.sentences() / Math.max(1e-9, r.scoreSeconds()));
    System.out.printf(Locale.ROOT, "Model: %d features, %,d bytes, written to %s%n",
        r.model().featureCount(), Files.size(out), out);
    return 0;
  }

  private static void print(String what, Confusion c) {
    System.out.printf(Locale.ROOT,
        "Held-out (%s, n=%d): macro-F1 %.3f, accuracy %.3f, F1 negative %.3f, neutral %.3f,"
            + " positive %.3f%n", what, c.total(), c.macroF1(), c.accuracy(), c.f1("negative"),
        c.f1("neutral"), c.f1("positive"));
  }

  /** Runs the command without the {@code verbatim} entry point (before it is registered). */
  public static void main(String[] args) {
    System.exit(new CommandLine(new TrainCommand()).execute(args));
  }
}
