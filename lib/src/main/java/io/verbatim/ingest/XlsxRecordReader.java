package io.verbatim.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * Reads one sheet of an Excel workbook ({@code .xlsx}): the first, or the one named by
 * {@code input.sheet}. Its first non-blank row holds the column names (named as CSV headers
 * are: trimmed, {@code column_N} when empty, {@code _2} when repeated); every later non-blank
 * row is a record.
 *
 * <p>Apache POI opens the package, shared strings and styles; the sheet's XML is pulled row by
 * row with StAX, so a sheet of any length streams through in bounded memory (the workbook is
 * first copied to a temporary file: a zip needs random access). Cell values: text as written;
 * numbers plainly ({@code 7}, not {@code 7.0}); cells formatted as dates become ISO date-times
 * ({@code 2026-11-02T09:14:03}, or a date alone at midnight), so real dates stay dates whatever
 * their display format; formulas give their cached result; booleans {@code TRUE}/{@code FALSE}.
 * A row with a formula error ({@code #DIV/0!}) or with values beyond the header's columns is
 * rejected with the reason and its row number.
 */
public final class XlsxRecordReader implements RecordReader {

  private final String sheet;

  /** @param sheet the sheet to read, or null for the first */
  public XlsxRecordReader(String sheet) {
    this.sheet = sheet == null || sheet.isBlank() ? null : sheet.strip();
  }

  @Override
  public Stream<ReadResult> read(String source, InputStream in) {
    return new Records(source, Sheet.open(in, sheet)).stream();
  }

  @Override
  public List<String> header(InputStream in) {
    try (Sheet s = Sheet.open(in, sheet)) {
      for (Row row = s.next(); row != null; row = s.next()) {
        if (!row.blank()) {
          return CsvRecordReader.uniqueNames(row.values());
        }
      }
      return List.of();
    }
  }

  /** One row: its number and its cells' values by column, with the first error met. */
  private record Row(long number, List<String> values, String error) {

    boolean blank() {
      return error == null && values.stream().allMatch(String::isBlank);
    }
  }

  /** The records of one sheet. */
  private static final class Records extends ResultIterator {
    private final String source;
    private final Sheet sheet;
    private List<String> header;
    private long position;

    Records(String source, Sheet sheet) {
      super(sheet);
      this.source = source;
      this.sheet = sheet;
    }

    @Override
    protected ReadResult computeNext() {
      for (Row row = sheet.next(); row != null; row = sheet.next()) {
        if (row.blank()) {
          continue;
        }
        if (header == null) {
          header = CsvRecordReader.uniqueNames(row.values());
          continue;
        }
        position++;
        String raw = String.join(",", row.values());
        if (row.error() != null) {
          return reject(raw, row, row.error());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        List<String> values = row.values();
        for (int i = 0; i < values.size(); i++) {
          if (i >= header.size()) {
            if (!values.get(i).isBlank()) {
              return reject(raw, row, "a value in column " + columnName(i) + ", beyond the "
                  + header.size() + " named columns");
            }
          } else {
            fields.put(header.get(i), values.get(i));
          }
        }
        return new RawRecord(source, position, row.number(), fields, raw);
      }
      return null;
    }

    private ReadResult reject(String raw, Row row, String reason) {
      return new ReadResult.Unreadable(
          Rejects.of(raw, source, position, reason + " (row " + row.number() + ")"));
    }
  }

  /** Excel's letters for a 0-based column index: 0 is A, 26 is AA. */
  static String columnName(int index) {
    StringBuilder name = new StringBuilder();
    for (int i = index + 1; i > 0; i = (i - 1) / 26) {
      name.insert(0, (char) ('A' + (i - 1) % 26));
    }
    return name.toString();
  }

  /** 0-based column index of a cell reference such as {@code AB12}. */
  static int columnIndex(String reference) {
    int index = 0;
    for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
      index = index * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
    }
    return index - 1;
  }

  /** An open sheet, read row by row. */
  private static final class Sheet implements Closeable {
    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
      XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
      XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    private final Path file;
    private final OPCPackage pkg;
    private final ReadOnlySharedStringsTable strings;
    private final StylesTable styles;
    private final InputStream sheetData;
    private final XMLStreamReader xml;
    private final Map<Integer, Boolean> dateStyles = new HashMap<>();

    private Sheet(Path file, OPCPackage pkg, ReadOnlySharedStringsTable strings,
                  StylesTable styles, InputStream sheetData) throws XMLStreamException {
      this.file = file;
      this.pkg = pkg;
      this.strings = strings;
      this.styles = styles;
      this.sheetData = sheetData;
      this.xml = XML.createXMLStreamReader(sheetData);
    }

    static Sheet open(InputStream in, String name) {
      Path file = null;
      OPCPackage pkg = null;
      try (in) {
        file = Files.createTempFile("verbatim-", ".xlsx");
        Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        XSSFReader reader = new XSSFReader(pkg);
        XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
        List<String> names = new ArrayList<>();
        while (sheets.hasNext()) {
          InputStream data = sheets.next();
          names.add(sheets.getSheetName());
          if (name == null || name.equalsIgnoreCase(sheets.getSheetName())) {
            return new Sheet(file, pkg, new ReadOnlySharedStringsTable(pkg),
                reader.getStylesTable(), data);
          }
          data.close();
        }
        throw new NoSuchSheetException(names.isEmpty() ? "The workbook has no sheets."
            : "The workbook has no sheet '" + name + "'; its sheets are: "
                + String.join(", ", names) + " (input.sheet, --sheet).");
      } catch (IOException | OpenXML4JException | XMLStreamException
               | org.xml.sax.SAXException e) {
        discard(pkg, file);
        throw new IngestException("Not a readable Excel workbook: " + e.getMessage(), e);
      } catch (RuntimeException e) {
        discard(pkg, file);
        if (e instanceof IngestException) {
          throw e;
        }
        throw new IngestException("Not a readable Excel workbook: " + e.getMessage(), e);
      }
    }

    private static void discard(OPCPackage pkg, Path file) {
      if (pkg != null) {
        pkg.revert();
      }
      if (file != null) {
        try {
          Files.deleteIfExists(file);
        } catch (IOException e) {
          // A temporary file left behind is not worth failing over.
        }
      }
    }

    /** The next row, or null at the end of the sheet. */
    Row next() {
      try {
        while (xml.hasNext()) {
          if (xml.next() == XMLStreamConstants.START_ELEMENT
              && xml.getLocalName().equals("row")) {
            return row();
          }
        }
        return null;
      } catch (XMLStreamException e) {
        throw new IngestException("The sheet's XML is broken: " + e.getMessage(), e);
      }
    }

    private Row row() throws XMLStreamException {
      String r = xml.getAttributeValue(null, "r");
      long number = r == null ? -1 : Long.parseLong(r);
      List<String> values = new ArrayList<>();
      String error = null;
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("row")) {
          break;
        }
        if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("c")) {
          String ref = xml.getAttributeValue(null, "r");
          int column = ref == null ? values.size() : columnIndex(ref);
          String type = xml.getAttributeValue(null, "t");
          String style = xml.getAttributeValue(null, "s");
          String value = cell(type, style);
          while (values.size() < column) {
            values.add("");
          }
          if ("e".equals(type) && error == null) {
            error = "formula error " + value + " in column " + columnName(column);
          }
          if (column < values.size()) {
            values.set(column, value);
          } else {
            values.add(value);
          }
        }
      }
      return new Row(number, values, error);
    }

    /** A cell's value as text; positioned on its start, leaves the reader on its end. */
    private String cell(String type, String style) throws XMLStreamException {
      StringBuilder v = new StringBuilder();
      StringBuilder inline = new StringBuilder();
      boolean inValue = false;
      boolean inText = false;
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          inValue = xml.getLocalName().equals("v");
          inText = xml.getLocalName().equals("t");
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          if (xml.getLocalName().equals("c")) {
            break;
          }
          inValue = false;
          inText = false;
        } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
          if (inValue) {
            v.append(xml.getText());
          } else if (inText) {
            inline.append(xml.getText());
          }
        }
      }
      String value = v.toString();
      if (type == null || type.equals("n")) {
        return value.isEmpty() ? "" : number(value, style);
      }
      switch (type) {
        case "s":
          return value.isEmpty() ? "" : strings.getItemAt(Integer.parseInt(value.strip()))
              .getString();
        case "inlineStr":
          return inline.toString();
        case "b":
          return "1".equals(value.strip()) ? "TRUE" : "FALSE";
        default: // str (a formula's text), e (an error), d (an ISO date)
          return value;
      }
    }

    private String number(String value, String style) {
      double d = Double.parseDouble(value);
      if (style != null && isDateStyle(Integer.parseInt(style)) && DateUtil.isValidExcelDate(d)) {
        LocalDateTime t = DateUtil.getLocalDateTime(d);
        return t.toLocalTime().equals(LocalTime.MIDNIGHT) ? t.toLocalDate().toString()
            : t.toString();
      }
      return new BigDecimal(value.strip()).stripTrailingZeros().toPlainString();
    }

    private boolean isDateStyle(int index) {
      return dateStyles.computeIfAbsent(index, i -> {
        if (styles == null || i >= styles.getNumCellStyles()) {
          return false;
        }
        XSSFCellStyle s = styles.getStyleAt(i);
        return DateUtil.isADateFormat(s.getDataFormat(), s.getDataFormatString());
      });
    }

    @Override
    public void close() {
      try {
        xml.close();
        sheetData.close();
      } catch (XMLStreamException | IOException e) {
        throw new IngestException("Cannot close the workbook: " + e.getMessage(), e);
      } finally {
        discard(pkg, file);
      }
    }
  }
}
