package io.verbatim.suggestions;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.verbatim.model.Token;
import io.verbatim.testing.PublicData;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Quick evaluation on SemEval-2019 Task 9 (A: software forum requests, B: hotel reviews), run when
 * the data is on this machine. The rules were written from general English and the forum training
 * set; the two trial sets only measure them. The floors sit a little under what the rules reach so
 * regressions show.
 *
 * <p>A row counts as a suggestion when any of its CoreNLP sentences is a suggestion of any kind:
 * SemEval counts tips to other customers and endorsements ("I would recommend this hotel"), which
 * the detector recognises as {@link Suggestion.Kind#ADVICE} and {@link
 * Suggestion.Kind#ENDORSEMENT} but which never become improvement ideas.
 */
@Tag("evaluation")
class SemEvalEvaluationTest {

  private static CoreNlpTokens nlp;
  private final SuggestionDetector detector = new SuggestionDetector();

  @BeforeAll
  static void loadTagger() {
    PublicData.folder();
    nlp = CoreNlpTokens.annotatorPipeline();
  }

  @Test
  void subtaskAForumRequests() throws IOException {
    Scores s = evaluate("SubtaskA_Trial_Test_Labeled.csv", true, StandardCharsets.ISO_8859_1);
    assertTrue(s.f1() >= 0.78, s.toString());
    assertTrue(s.precision() >= 0.84, s.toString());
  }

  @Test
  void subtaskBHotelReviews() throws IOException {
    Scores s = evaluate("SubtaskB_Trial_Test_Labeled.csv", true, StandardCharsets.ISO_8859_1);
    assertTrue(s.f1() >= 0.82, s.toString());
    assertTrue(s.precision() >= 0.93, s.toString());
  }

  /** The forum training set the rules were learnt from: a larger, noisier check. */
  @Test
  void forumTrainingSet() throws IOException {
    Scores s = evaluate("V1.4_Training.csv", false, StandardCharsets.UTF_8);
    assertTrue(s.f1() >= 0.71, s.toString());
  }

  private Scores evaluate(String file, boolean header, Charset charset) throws IOException {
    Path path = PublicData.file("suggestions/semeval2019-task9/" + file);
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (String[] row : rows(path, header, charset)) {
      boolean gold = "1".equals(row[2].strip());
      boolean predicted = isSuggestion(unwrap(row[1]));
      tp += gold && predicted ? 1 : 0;
      fp += !gold && predicted ? 1 : 0;
      fn += gold && !predicted ? 1 : 0;
    }
    Scores s = new Scores(file, tp, fp, fn);
    System.out.println(s);
    return s;
  }

  /** Rows of {@code id,sentence,label}; quoted sentences may span lines. */
  private static List<String[]> rows(Path path, boolean header, Charset charset)
      throws IOException {
    CsvMapper mapper = new CsvMapper();
    mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
    List<String[]> rows = new ArrayList<>();
    try (Reader in = new InputStreamReader(Files.newInputStream(path), charset);
         MappingIterator<String[]> it = mapper.readerFor(String[].class)
             .with(CsvSchema.emptySchema().withSkipFirstDataRow(header)).readValues(in)) {
      while (it.hasNext()) {
        String[] row = it.next();
        if (row.length >= 3) {
          rows.add(row);
        }
      }
    }
    return rows;
  }

  private boolean isSuggestion(String text) {
    for (List<Token> sentence : nlp.sentences(text)) {
      if (detector.detect(sentence).anyKind()) {
        return true;
      }
    }
    return false;
  }

  /** Some rows are wrapped in an extra pair of quotes. */
  private static String unwrap(String sentence) {
    String s = sentence.strip();
    while (s.length() > 1 && s.startsWith("\"") && s.endsWith("\"")) {
      s = s.substring(1, s.length() - 1).strip();
    }
    return s;
  }

  private record Scores(String file, int tp, int fp, int fn) {
    double precision() {
      return tp + fp == 0 ? 0 : tp / (double) (tp + fp);
    }

    double recall() {
      return tp + fn == 0 ? 0 : tp / (double) (tp + fn);
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%s: suggestion class P=%.3f R=%.3f F1=%.3f"
          + " (tp=%d fp=%d fn=%d)", file, precision(), recall(), f1(), tp, fp, fn);
    }
  }
}
