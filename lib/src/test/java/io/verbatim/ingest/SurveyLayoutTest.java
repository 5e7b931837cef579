package io.verbatim.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.verbatim.config.ConfigLoader;
import io.verbatim.config.VerbatimConfig;
import io.verbatim.model.Comment;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SurveyLayoutTest {

  private static FileLayout layout(String csv) {
    return Ingest.layout(() -> new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
        InputFormat.CSV, null);
  }

  /** A CSV cell holding {@code {"ImportId":"ID"}}, quotes doubled. */
  private static String importId(String id) {
    return "\"{\"\"ImportId\"\":\"\"" + id + "\"\"}\"";
  }

  @Test
  void aThirdRowOfImportIdsMakesTheSecondTheWording() {
    FileLayout l = layout("id,Q1,Q2\nResponse ID,Why?,What else?\n" + importId("_recordId")
        + "," + importId("QID1_TEXT") + "," + importId("QID2_TEXT") + "\nr1,Because.,Nothing.\n");
    assertEquals(2, l.extraHeaderRows());
    assertEquals(Map.of("id", "Response ID", "Q1", "Why?", "Q2", "What else?"), l.wording());
  }

  @Test
  void aSecondRowOfAnswerKindsIsAHeaderAndAPlainFileHasNone() {
    assertEquals(1, layout("Respondent ID,Comments\n,Open-Ended Response\n7,Fine.\n")
        .extraHeaderRows());
    assertEquals(0, layout("id,text\n1,Fine.\n2,Good.\n").extraHeaderRows());
  }

  @Test
  void eachAnswerBecomesACommentAndAnEmptyResponseOneReject() {
    VerbatimConfig.Input cfg = ConfigLoader.load(null,
        Map.of("input.textColumns", List.of("Q1", "Q2"))).input();
    String importIds = String.join(",", importId("_recordId"), importId("QID1_TEXT"),
        importId("QID2_TEXT"), importId("channel"));
    String csv = "id,Q1,Q2,channel\nResponse ID,Why?,What else?,Channel\n" + importIds + "\n"
        + "r1,Because.,Nothing.,web\nr2,,Late again.,app\nr3,,,web\n";
    ColumnMapping mapping = ColumnMapping.resolve(layout(csv), cfg);
    assertEquals(List.of("Q1", "Q2"), mapping.questions());
    List<IngestResult> results;
    try (Stream<IngestResult> s = Ingest.read("s.csv",
        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), InputFormat.CSV, cfg,
        mapping)) {
      results = s.toList();
    }
    List<String> ids = results.stream().filter(r -> r instanceof IngestResult.Accepted)
        .map(r -> ((IngestResult.Accepted) r).comment().id()).toList();
    assertEquals(List.of("r1:Q1", "r1:Q2", "r2:Q2"), ids);
    Comment first = ((IngestResult.Accepted) results.get(0)).comment();
    assertEquals(Map.of("channel", "web", "question", "Q1", "question_text", "Why?"),
        first.metadata());
    assertEquals(4, results.size());
    assertEquals("empty text: no answer in Q1, Q2",
        ((IngestResult.Rejected) results.get(3)).reject().reason());
  }
}
