package io.verbatim.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verbatim.config.ConfigLoader;
import io.verbatim.config.VerbatimConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ColumnMappingTest {

  private final VerbatimConfig.Input defaults = ConfigLoader.defaults().input();

  private static VerbatimConfig.Input with(Map<String, Object> overrides) {
    return ConfigLoader.load((Path) null, overrides).input();
  }

  @Test
  void candidatesAreFoundIgnoringCaseInCandidateOrder() {
    ColumnMapping mapping = ColumnMapping.resolve(
        List.of("Response_ID", "channel", "Rating", "Comment", "Text", "Date"), defaults);
    // "text" comes before "comment" among the candidates, whatever the header order.
    assertEquals(new ColumnMapping("Text", "Response_ID", "Date", "Rating"), mapping);
  }

  @Test
  void optionalColumnsMayBeMissing() {
    assertEquals(new ColumnMapping("feedback", null, null, null),
        ColumnMapping.resolve(List.of("feedback", "region"), defaults));
  }

  @Test
  void namedColumnsWinAndCandidatesSkipThem() {
    VerbatimConfig.Input cfg = with(Map.of("input.textColumn", "BODY", "input.scoreColumn", "nps"));
    ColumnMapping mapping =
        ColumnMapping.resolve(List.of("id", "text", "body", "nps", "score"), cfg);
    assertEquals(new ColumnMapping("body", "id", null, "nps"), mapping);

    // A candidate does not take a column the user named for another role.
    VerbatimConfig.Input idIsText = with(Map.of("input.idColumn", "text"));
    assertEquals(new ColumnMapping("comment", "text", null, null),
        ColumnMapping.resolve(List.of("text", "comment"), idIsText));
  }

  @Test
  void unknownNamedColumnSaysWhichColumnsThereAre() {
    VerbatimConfig.Input cfg = with(Map.of("input.textColumn", "body"));
    IngestException e = assertThrows(IngestException.class,
        () -> ColumnMapping.resolve(List.of("id", "text", "score"), cfg));
    assertEquals("Column 'body' (input.textColumn) is not in the input; its columns are:"
        + " id, text, score.", e.getMessage());
  }

  @Test
  void noTextColumnIsAClearError() {
    IngestException e = assertThrows(IngestException.class,
        () -> ColumnMapping.resolve(List.of("id", "notes"), defaults));
    assertTrue(e.getMessage().startsWith("No text column found among the input's columns (id,"
        + " notes)"), e.getMessage());
    assertThrows(IngestException.class, () -> ColumnMapping.resolve(List.of(), defaults));
  }

  @Test
  void oneColumnCannotBeNamedForTwoRoles() {
    VerbatimConfig.Input cfg = with(Map.of("input.textColumn", "a", "input.idColumn", "A"));
    assertThrows(IngestException.class, () -> ColumnMapping.resolve(List.of("a", "b"), cfg));
  }

  @Test
  void mappedColumnsAreRecognisedIgnoringCase() {
    ColumnMapping mapping = new ColumnMapping("text", "id", null, null);
    assertTrue(mapping.isMapped("TEXT"));
    assertFalse(mapping.isMapped("channel"));
    assertEquals("v", ColumnMapping.valueOf(Map.of("Text", "v"), "text"));
  }
}
