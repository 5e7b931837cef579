package io.verbatim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verbatim.jobs.SparkSessions;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An Excel workbook written by the test (dates in a display format that reads two ways, a
 * formula score, a formula error, a value beyond the named columns, a blank row) through
 * {@code verbatim run --sheet}.
 */
class ExcelRunIT {

  private static final String[] TEXTS = {"The crew were lovely and boarding was quick.",
      "My bag was lost in Madrid.", "Please add wifi on the planes.",
      "The seats were too narrow for a long flight."};

  @TempDir
  Path dir;

  private Path workbook() throws IOException {
    Path file = dir.resolve("Feedback export.xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      book.createSheet("Notes").createRow(0).createCell(0).setCellValue("not the data");
      Sheet sheet = book.createSheet("Comments");
      CellStyle dayFirst = book.createCellStyle();
      dayFirst.setDataFormat(book.getCreationHelper().createDataFormat()
          .getFormat("dd/mm/yyyy hh:mm"));
      CellStyle day = book.createCellStyle();
      day.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("d-mmm-yy"));
      Row header = sheet.createRow(0);
      String[] names = {"id", "created_at", "score", "channel", "text"};
      for (int i = 0; i < names.length; i++) {
        header.createCell(i).setCellValue(names[i]);
      }
      for (int i = 0; i < TEXTS.length; i++) {
        Row r = sheet.createRow(i + 1);
        r.createCell(0).setCellValue(1001 + i);
        r.createCell(1).setCellValue(i % 2 == 0 ? LocalDateTime.of(2026, 3, 4 + i, 9, 30)
            : LocalDateTime.of(2026, 3, 4 + i, 0, 0));
        r.getCell(1).setCellStyle(i % 2 == 0 ? dayFirst : day);
        r.createCell(2).setCellFormula("2*" + (i + 2));
        r.createCell(3).setCellValue(i % 2 == 0 ? "email" : "app");
        r.createCell(4).setCellValue(TEXTS[i]);
      }
      // Row 6 is blank; then the bad rows.
      Row error = sheet.createRow(6);
      error.createCell(0).setCellValue(2001);
      error.createCell(2).setCellFormula("1/0");
      error.createCell(4).setCellValue("The score is an error.");
      Row beyond = sheet.createRow(7);
      beyond.createCell(0).setCellValue(2002);
      beyond.createCell(4).setCellValue("Fine.");
      beyond.createCell(6).setCellValue("stray note");
      book.getCreationHelper().createFormulaEvaluator().evaluateAll();
      book.write(out);
    }
    return file;
  }

  @Test
  void aWorkbookRunsEndToEnd() throws IOException {
    Path out = dir.resolve("out");
    CliRuns.Outcome o = CliRuns.run("run", "--input", workbook().toString(), "--out",
        out.toString(), "--sheet", "Comments");
    assertEquals(0, o.code(), o.err());
    SparkSession spark = SparkSessions.create("local[1]", "excel-it");
    try {
      Map<String, org.apache.spark.sql.Row> comments = spark.read()
          .parquet(out.resolve("comments").toString()).collectAsList().stream()
          .collect(Collectors.toMap(r -> r.getAs("comment_id"), r -> r));
      assertEquals(TEXTS.length, comments.size(), comments.keySet().toString());
      assertEquals(Instant.parse("2026-03-04T09:30:00Z"), comments.get("1001").getAs("created_at"));
      assertEquals(LocalDate.of(2026, 3, 5).atStartOfDay().toInstant(java.time.ZoneOffset.UTC),
          comments.get("1002").getAs("created_at"));
      assertEquals(4.0, (Double) comments.get("1001").getAs("score"));
      assertEquals(10.0, (Double) comments.get("1004").getAs("score"));
      assertEquals("app", comments.get("1002").getAs("channel"));
      assertEquals(TEXTS[2], comments.get("1003").getAs("text"));
      List<String> reasons = spark.read().parquet(out.resolve("rejects").toString())
          .collectAsList().stream().map(r -> r.<String>getAs("reason")).sorted().toList();
      assertEquals(List.of("a value in column G, beyond the 5 named columns (row 8)",
          "formula error #DIV/0! in column C (row 7)"), reasons);
    } finally {
      spark.stop();
    }
    assertTrue(Files.readString(out.resolve("manifest.json")).contains("\"read\" : 6"));
    CliRuns.Outcome missing = CliRuns.run("run", "--input", workbook().toString(), "--out",
        dir.resolve("out2").toString(), "--sheet", "Summary");
    assertEquals(2, missing.code(), missing.err());
    assertTrue(missing.sentence().contains("no sheet 'Summary'; its sheets are: Notes, Comments"),
        missing.sentence());
  }
}
