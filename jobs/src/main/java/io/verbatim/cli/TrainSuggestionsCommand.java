package io.verbatim.cli;

import io.verbatim.labelled.SuggestionSetReader;
import io.verbatim.training.SuggestionTraining;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code verbatim train suggestions}: trains the suggestion model from a labelled CSV (the
 * SemEval-2019 Task 9 training set by default, or a user's own) and writes it with its
 * provenance: the data's relative path, sha256 and licence, the settings cross-validation chose
 * and the nested cross-validated figures.
 */
@Command(name = "suggestions", mixinStandardHelpOptions = true,
    description = "Train the suggestion model from a labelled CSV of id,sentence,label rows"
        + " (label 1 = suggestion, 0 = not; header optional) and write it with its provenance.")
final class TrainSuggestionsCommand implements Callable<Integer> {

  static final String SEMEVAL_TRAINING = "suggestions/semeval2019-task9/V1.4_Training.csv";

  @Option(names = "--data", paramLabel = "FILE",
      defaultValue = "../shared/data/" + SEMEVAL_TRAINING,
      description = "The labelled CSV (default: ${DEFAULT-VALUE}).")
  Path data;

  @Option(names = "--out", paramLabel = "FILE",
      defaultValue = "lib/src/main/resources/io/verbatim/suggestions/suggestion-model.json.gz",
      description = "Where the model goes (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--licence", paramLabel = "TEXT",
      description = "The training data's licence, written into the model's provenance"
          + " (default: CC BY-NC-SA 4.0 for the SemEval training set, else 'not stated').")
  String licence;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "2",
      description = "Tagging threads; fitting is single-threaded and deterministic"
          + " (default: ${DEFAULT-VALUE}).")
  int threads;

  @Override
  public Integer call() throws IOException {
    if (!Files.isReadable(data)) {
      System.err.println("verbatim: labelled CSV not found: " + data);
      return Verbatim.USAGE_ERROR;
    }
    if (threads < 1) {
      System.err.println("verbatim: --threads must be at least 1");
      return Verbatim.USAGE_ERROR;
    }
    String stated = licence != null ? licence
        : data.normalize().endsWith(SEMEVAL_TRAINING) ? SuggestionTraining.SEMEVAL_LICENCE
        : "not stated: the licence of " + data.getFileName() + " applies to this model";
    SuggestionTraining.Result r;
    try {
      r = SuggestionTraining.run(data, stated, threads, System.out);
    } catch (IllegalArgumentException e) {
      System.err.println("verbatim: " + e.getMessage());
      return Verbatim.USAGE_ERROR;
    }
    r.model().write(out);
    String s = SuggestionSetReader.SUGGESTION;
    System.out.printf(Locale.ROOT, "Nested %d-fold CV on %s (n=%d): suggestion F1 %.3f,"
            + " precision %.3f, recall %.3f; rules alone F1 %.3f%n", 5, data,
        r.nested().total(), r.nested().f1(s), r.nested().precision(s), r.nested().recall(s),
        r.rules().f1(s));
    System.out.printf(Locale.ROOT, "Model: C=%.2f, threshold %.2f, %,d weights, %,d bytes, written"
        + " to %s (licence: %s)%n", r.penalty(), r.threshold(), r.model().weights().size(),
        Files.size(out), out, stated);
    return 0;
  }
}
