package io.verbatim.samples;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.stream.Stream;

/** Streams comments to CSV (RFC 4180 quoting, header row) or JSON Lines, row by row. */
final class SampleWriter {

  private static final CsvSchema SCHEMA = schema();
  // Quote only fields that need it (separator, quote, line break), as spreadsheet exports do.
  private static final CsvMapper CSV = CsvMapper.builder()
      .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
  private static final ObjectMapper JSON = new ObjectMapper();

  private SampleWriter() {
  }

  static void csv(Path file, Stream<SampleComment> comments) throws IOException {
    try (Writer out = open(file);
         SequenceWriter rows = CSV.writer(SCHEMA).writeValues(out)) {
      Iterator<SampleComment> it = comments.iterator();
      while (it.hasNext()) {
        SampleComment c = it.next();
        rows.write(new Object[] {c.id(), c.createdAtText(), c.channel(), c.product(), c.region(),
            c.score(), c.text()});
      }
    }
  }

  static void jsonl(Path file, Stream<SampleComment> comments) throws IOException {
    try (Writer out = open(file);
         JsonGenerator json = JSON.getFactory().createGenerator(out)) {
      // One object per line: no separator between root values, a newline after each.
      json.setRootValueSeparator(null);
      Iterator<SampleComment> it = comments.iterator();
      while (it.hasNext()) {
        write(json, it.next());
        json.writeRaw('\n');
      }
    }
  }

  private static void write(JsonGenerator json, SampleComment c) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", c.id());
    json.writeStringField("created_at", c.createdAtText());
    json.writeStringField("channel", c.channel());
    json.writeStringField("product", c.product());
    json.writeStringField("region", c.region());
    json.writeNumberField("score", c.score());
    json.writeStringField("text", c.text());
    json.writeEndObject();
  }

  private static Writer open(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
  }

  private static CsvSchema schema() {
    CsvSchema.Builder b = CsvSchema.builder();
    for (String column : SampleComment.COLUMNS) {
      b.addColumn(column);
    }
    return b.build().withHeader();
  }
}
