package io.verbatim.digest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Groups reject reasons. The ingest writes one sentence per record with its details ("unparseable
 * date 'yesterday' (line 12)"), which would make every reject its own group; the digest wants "how
 * many records failed for what", so known reasons map to a short name and unknown ones lose their
 * record-specific parts (quoted values, numbers, line references).
 */
public final class RejectReasons {

  private static final Map<Pattern, String> KNOWN = new LinkedHashMap<>();

  static {
    known("^empty text", "empty text");
    known("^text is \\d+ characters long", "text too long");
    known("^record longer than", "record too long");
    known("^unparseable date", "unparseable date");
    known("^unparseable score", "unparseable score");
    known("^score .* is outside the range", "score out of range");
    known("^expected \\d+ columns, found", "wrong number of columns");
    known("^quoted value never closed", "unbalanced quote");
    known("^not valid CSV", "invalid CSV");
    known("^not valid JSON", "invalid JSON");
    known("^expected a JSON object", "not a JSON object");
    known("^duplicate id", "duplicate id");
  }

  private static final Pattern LINE = Pattern.compile("\\s*\\(line \\d+\\)\\s*$");
  private static final Pattern QUOTED = Pattern.compile("'[^']*'");
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

  private RejectReasons() {
  }

  private static void known(String regex, String group) {
    KNOWN.put(Pattern.compile(regex), group);
  }

  /** The group a reason belongs to. */
  public static String group(String reason) {
    if (reason == null || reason.isBlank()) {
      return "unknown";
    }
    String r = reason.strip();
    for (Map.Entry<Pattern, String> e : KNOWN.entrySet()) {
      if (e.getKey().matcher(r).find()) {
        return e.getValue();
      }
    }
    String generic = LINE.matcher(r).replaceAll("");
    generic = QUOTED.matcher(generic).replaceAll("'…'");
    generic = NUMBER.matcher(generic).replaceAll("N");
    return generic.length() > 80 ? generic.substring(0, 79) + "…" : generic;
  }

  /** Counts per group, largest first, ties by name. */
  public static List<DataQuality.ReasonCount> grouped(Map<String, Long> byReason) {
    Map<String, Long> groups = new TreeMap<>();
    byReason.forEach((reason, n) -> groups.merge(group(reason), n, Long::sum));
    return groups.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .map(e -> new DataQuality.ReasonCount(e.getKey(), e.getValue()))
        .toList();
  }
}
