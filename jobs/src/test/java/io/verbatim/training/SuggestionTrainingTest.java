package io.verbatim.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verbatim.suggestions.SuggestionModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Training the suggestion model from a user's own labelled CSV (written here, from templates):
 * the model it writes reads back with the same weights, states its data and licence, records the
 * settings cross-validation chose and the nested figure, and a second run gives the same model.
 */
class SuggestionTrainingTest {

  private static final List<String> THINGS = List.of("a dark mode", "offline maps", "an undo"
      + " button", "bigger fonts", "a search box", "calendar sync", "voice notes", "a widget",
      "export to PDF", "two-factor login", "tabs", "a timer");

  @Test
  void trainsWritesAndReadsBackAModelWithItsProvenance(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("labelled.csv");
    Files.writeString(csv, labelledRows());
    PrintStream quiet = new PrintStream(java.io.OutputStream.nullOutputStream());
    SuggestionTraining.Result r = SuggestionTraining.run(csv, "licence of the test rows", 1,
        quiet);
    Map<String, Object> p = r.model().provenance();
    assertEquals("licence of the test rows", p.get("licence"));
    assertEquals(SuggestionTraining.sha256(csv), p.get("trainingDataSha256"));
    assertEquals(THINGS.size() * 6, p.get("rows"));
    assertTrue(p.containsKey("nestedCv") && p.containsKey("rulesAlone"), p.keySet().toString());
    assertTrue(r.nested().total() == THINGS.size() * 6);
    assertTrue(java.util.Arrays.stream(SuggestionTraining.PENALTIES)
        .anyMatch(c -> c == r.penalty()), "C " + r.penalty());
    // Templates this plain are learnt: the nested figure is far above chance.
    assertTrue(r.nested().f1("suggestion") > 0.8, "" + r.nested().f1("suggestion"));

    Path file = dir.resolve("model.json.gz");
    r.model().write(file);
    SuggestionModel back;
    try (InputStream in = Files.newInputStream(file)) {
      back = SuggestionModel.read(in);
    }
    assertEquals(r.model().weights(), back.weights());
    assertEquals(r.model().threshold(), back.threshold());
    assertEquals(r.model().bias(), back.bias(), 1e-12);

    SuggestionTraining.Result again = SuggestionTraining.run(csv, "licence of the test rows", 1,
        quiet);
    assertEquals(r.model().weights(), again.model().weights(), "training is deterministic");
  }

  @Test
  void refusesTooFewRows(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("tiny.csv");
    Files.writeString(csv, "id,sentence,label\n1,Please add tabs.,1\n2,I like tabs.,0\n");
    assertThrows(IllegalArgumentException.class, () -> SuggestionTraining.run(csv, "x", 1,
        new PrintStream(java.io.OutputStream.nullOutputStream())));
  }

  /** Three suggestion and three plain templates per thing, in a fixed order. */
  private static String labelledRows() {
    List<String> rows = new ArrayList<>();
    rows.add("id,sentence,label");
    int id = 0;
    for (String t : THINGS) {
      rows.add(++id + ",Please add " + t + " to the app.,1");
      rows.add(++id + ",It would be nice to have " + t + ".,1");
      rows.add(++id + ",You should support " + t + " soon.,1");
      rows.add(++id + ",I tried " + t + " yesterday on my phone.,0");
      rows.add(++id + ",The app already has " + t + " and it works.,0");
      rows.add(++id + ",My colleague told me about " + t + " last week.,0");
    }
    return String.join("\n", rows) + "\n";
  }
}
