package io.verbatim.labelled;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verbatim.testing.PublicData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No sentence of a labelled evaluation set is quoted in analysis code: a rule, word list or
 * example comment written from an evaluation item makes that item's score in-sample. Fails when
 * any run of {@value #N} words of an evaluation set appears in a file under a {@code main} source
 * or resource folder (code, comments, resources), listing every hit.
 *
 * <p>Reads text exactly as the project's {@code quote-scan.mjs} does (ISO-8859-1 evaluation files,
 * only the {@code <text>} of SemEval-2014 XML, lower-cased words with an optional apostrophe
 * suffix, no n-gram across lines of an evaluation file), so the two always agree. The synthetic
 * sample generator ({@code samples} folders) is not analysis code and is skipped, as are shipped
 * licence files, build output and tests. The SemEval-2019 training set is training data and is not scanned.
 */
class NoEvaluationTextInCodeTest {

  static final int N = 6;

  /** Every labelled evaluation set, relative to the shared data folder. */
  static final List<String> EVALUATION_SETS = List.of(
      "suggestions/semeval2019-task9/SubtaskA_Trial_Test_Labeled.csv",
      "suggestions/semeval2019-task9/SubtaskB_Trial_Test_Labeled.csv",
      "aspects/semeval2014-task4/Restaurants_Train_v2.xml",
      "aspects/semeval2014-task4/Laptop_Train_v2.xml",
      "complaints/cfpb/payday-personal-loans-2023.csv",
      "complaints/cfpb/products-pre2017.csv",
      "sentiment/uci-sentiment-labelled-sentences/amazon_cells_labelled.txt",
      "sentiment/uci-sentiment-labelled-sentences/imdb_labelled.txt",
      "sentiment/uci-sentiment-labelled-sentences/yelp_labelled.txt");

  private static final Pattern WORD = Pattern.compile("[a-z0-9]+(?:'[a-z]+)?");
  private static final Pattern XML_TEXT = Pattern.compile("<text>([^<]*)</text>");
  private static final Pattern SCANNED = Pattern.compile(".*\\.(java|txt|ya?ml|json|js|properties|tsv|csv)");
  private static final Set<String> SKIPPED_DIRS =
      Set.of("target", "node_modules", ".git", "test", "samples");

  @Test
  void noRunOfSixWordsFromAnEvaluationSetIsInAnalysisCode() throws IOException {
    Map<String, String> grams = new HashMap<>();
    for (String set : EVALUATION_SETS) {
      Path file = PublicData.file(set);
      for (String line : evaluationText(file).split("\n")) {
        List<String> w = words(line);
        for (int i = 0; i + N <= w.size(); i++) {
          grams.put(String.join(" ", w.subList(i, i + N)), file.getFileName().toString());
        }
      }
    }
    Path root = Path.of("..").toAbsolutePath().normalize();
    List<Path> scanned = new ArrayList<>();
    Set<String> hits = new LinkedHashSet<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : (Iterable<Path>) files.filter(this::analysisFile)::iterator) {
        scanned.add(p);
        List<String> w = words(Files.readString(p, StandardCharsets.UTF_8));
        for (int i = 0; i + N <= w.size(); i++) {
          String g = String.join(" ", w.subList(i, i + N));
          if (grams.containsKey(g)) {
            hits.add(root.relativize(p) + ": \"" + g + "\" (" + grams.get(g) + ")");
          }
        }
      }
    }
    assertTrue(scanned.stream().anyMatch(p -> p.toString().contains("suggestions")),
        "the scan must reach the analysis code; scanned " + scanned.size() + " files from " + root);
    assertTrue(hits.isEmpty(), hits.size() + " quotes of evaluation sets in analysis code:\n"
        + String.join("\n", hits));
  }

  private boolean analysisFile(Path p) {
    Path rel = Path.of("..").toAbsolutePath().normalize().relativize(p.toAbsolutePath().normalize());
    for (int i = 0; i < rel.getNameCount() - 1; i++) {
      if (SKIPPED_DIRS.contains(rel.getName(i).toString())) {
        return false;
      }
    }
    boolean underMain = false;
    for (int i = 0; i < rel.getNameCount() - 1; i++) {
      underMain |= rel.getName(i).toString().equals("main");
    }
    // A shipped licence is legal text that must ship word for word, not analysis: the MIT
    // licence's "including but not limited to the" also occurs in a complaint narrative.
    boolean licence = p.getFileName().toString().toUpperCase(java.util.Locale.ROOT)
        .startsWith("LICENSE");
    return underMain && !licence && Files.isRegularFile(p)
        && SCANNED.matcher(p.getFileName().toString()).matches();
  }

  private static String evaluationText(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.ISO_8859_1);
    if (!file.toString().endsWith(".xml")) {
      return text;
    }
    StringBuilder out = new StringBuilder();
    Matcher m = XML_TEXT.matcher(text);
    while (m.find()) {
      out.append(m.group(1)).append('\n');
    }
    return out.toString();
  }

  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }
}
