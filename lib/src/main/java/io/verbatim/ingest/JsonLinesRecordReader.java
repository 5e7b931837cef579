package io.verbatim.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads JSON lines: one JSON object per line. Blank lines are skipped and not counted. A line that
 * is not valid JSON, or is valid JSON but not an object, is rejected. String values are taken as
 * they are; numbers and booleans as their text ({@code 7}, {@code true}); nested objects and arrays
 * as their compact JSON text; nulls are left out, as if the key were missing.
 */
public final class JsonLinesRecordReader implements RecordReader {

  /** How many objects {@link #header} looks at: lines may differ in their keys. */
  static final int HEADER_SAMPLE = 100;

  // Trailing tokens would otherwise be ignored, silently accepting "{...} garbage".
  private static final ObjectReader JSON = new ObjectMapper().reader()
      .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private final int maxRecordChars;

  public JsonLinesRecordReader() {
    this(DEFAULT_MAX_RECORD_CHARS);
  }

  /** @param maxRecordChars longer lines are rejected rather than held in memory */
  public JsonLinesRecordReader(int maxRecordChars) {
    this.maxRecordChars = maxRecordChars;
  }

  @Override
  public Stream<ReadResult> read(String source, InputStream in) {
    return new Records(source, new LineReader(in, maxRecordChars), maxRecordChars).stream();
  }

  /** The keys of the first {@value #HEADER_SAMPLE} objects, in first-seen order. */
  @Override
  public List<String> header(InputStream in) {
    Set<String> keys = new LinkedHashSet<>();
    Set<String> seenLowerCase = new LinkedHashSet<>();
    try (Stream<ReadResult> records = read("header", in)) {
      records.filter(RawRecord.class::isInstance).limit(HEADER_SAMPLE)
          .flatMap(r -> ((RawRecord) r).fields().keySet().stream())
          .filter(key -> seenLowerCase.add(key.toLowerCase(Locale.ROOT)))
          .forEach(keys::add);
    }
    return List.copyOf(keys);
  }

  private static Map<String, String> fields(JsonNode object) {
    Map<String, String> fields = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> entries = object.fields();
    while (entries.hasNext()) {
      Map.Entry<String, JsonNode> entry = entries.next();
      JsonNode value = entry.getValue();
      if (value.isNull()) {
        continue;
      }
      fields.put(entry.getKey(), value.isContainerNode() ? value.toString() : value.asText());
    }
    return fields;
  }

  private static String describe(JsonNode node) {
    switch (node.getNodeType()) {
      case ARRAY:
        return "an array";
      case STRING:
        return "a string";
      case NUMBER:
        return "a number";
      case BOOLEAN:
        return "a boolean";
      case NULL:
        return "null";
      default:
        return node.getNodeType().name().toLowerCase(Locale.ROOT);
    }
  }

  /** The lazy record iterator of one file. */
  private static final class Records extends ResultIterator {
    private final String source;
    private final LineReader lines;
    private final int maxChars;
    private long position;

    Records(String source, LineReader lines, int maxChars) {
      super(lines);
      this.source = source;
      this.lines = lines;
      this.maxChars = maxChars;
    }

    @Override
    protected ReadResult computeNext() throws IOException {
      LineReader.Line line = lines.next();
      while (line != null && line.isBlank()) {
        line = lines.next();
      }
      if (line == null) {
        return null;
      }
      position++;
      if (line.truncated()) {
        return reject(line, "record longer than " + maxChars + " characters");
      }
      JsonNode node;
      try {
        node = JSON.readTree(line.text());
      } catch (JsonProcessingException e) {
        String message = e.getOriginalMessage();
        return reject(line, "not valid JSON: " + message.lines().findFirst().orElse(message));
      }
      if (!node.isObject()) {
        return reject(line, "expected a JSON object, found " + describe(node));
      }
      return new RawRecord(source, position, line.number(), fields(node), line.text());
    }

    private ReadResult reject(LineReader.Line line, String reason) {
      return new ReadResult.Unreadable(Rejects.of(line.text(), source, position,
          reason + " (line " + line.number() + ")"));
    }
  }
}
