package io.verbatim.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxRecordReaderTest {

  /** A workbook with two sheets, written by POI as Excel would. */
  static byte[] workbook() throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out =
        new ByteArrayOutputStream()) {
      CellStyle date = book.createCellStyle();
      date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd/mm/yy hh:mm"));
      Sheet first = book.createSheet("Responses");
      Row h = first.createRow(0);
      h.createCell(0).setCellValue("id");
      h.createCell(1).setCellValue("created_at");
      h.createCell(2).setCellValue("score");
      h.createCell(3).setCellValue("text");
      Row r = first.createRow(1);
      r.createCell(0).setCellValue(101);
      r.createCell(1).setCellValue(LocalDateTime.of(2015, 2, 3, 23, 18));
      r.getCell(1).setCellStyle(date);
      r.createCell(2).setCellFormula("3+4");
      r.createCell(3).setCellValue("Lovely crew.");
      Row bad = first.createRow(3);
      bad.createCell(0).setCellValue("x");
      bad.createCell(2).setCellFormula("1/0");
      bad.createCell(3).setCellValue("Broken score.");
      Sheet second = book.createSheet("Later");
      second.createRow(0).createCell(0).setCellValue("text");
      second.createRow(1).createCell(0).setCellValue("From the second sheet.");
      book.getCreationHelper().createFormulaEvaluator().evaluateAll();
      book.write(out);
      return out.toByteArray();
    }
  }

  private static List<ReadResult> read(byte[] book, String sheet) {
    try (Stream<ReadResult> s = new XlsxRecordReader(sheet).read("b.xlsx",
        new ByteArrayInputStream(book))) {
      return s.toList();
    }
  }

  @Test
  void datesStayDatesFormulasGiveValuesAndErrorsAreRejected() throws IOException {
    byte[] book = workbook();
    assertEquals(List.of("id", "created_at", "score", "text"),
        new XlsxRecordReader(null).header(new ByteArrayInputStream(book)));
    List<ReadResult> results = read(book, null);
    assertEquals(2, results.size(), results.toString());
    RawRecord first = (RawRecord) results.get(0);
    assertEquals("101", first.fields().get("id"));
    assertEquals("2015-02-03T23:18", first.fields().get("created_at"));
    assertEquals("7", first.fields().get("score"));
    assertEquals(2, first.line());
    String reason = ((ReadResult.Unreadable) results.get(1)).reject().reason();
    assertEquals("formula error #DIV/0! in column C (row 4)", reason);
  }

  @Test
  void aSheetIsChosenByName() throws IOException {
    byte[] book = workbook();
    RawRecord only = (RawRecord) read(book, "later").get(0);
    assertEquals("From the second sheet.", only.fields().get("text"));
    NoSuchSheetException e = assertThrows(NoSuchSheetException.class,
        () -> read(book, "Summary"));
    assertTrue(e.getMessage().contains("its sheets are: Responses, Later"), e.getMessage());
    assertThrows(IngestException.class, () -> read("not a workbook".getBytes(), null));
  }

  @Test
  void columnLettersRoundTrip() {
    assertEquals("A", XlsxRecordReader.columnName(0));
    assertEquals("AA", XlsxRecordReader.columnName(26));
    assertEquals(27, XlsxRecordReader.columnIndex("AB12"));
  }
}
