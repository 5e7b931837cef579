package io.verbatim.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The README's quality tables, rendered from an evaluation report's JSON rather than typed, so
 * a published figure is always one that {@code verbatim evaluate} measured. The README holds the
 * rendering between two markers; {@code verbatim evaluate --readme README.md} rewrites it, and a
 * test fails when the README and the committed report disagree.
 */
public final class ReadmeFigures {

  public static final String BEGIN = "<!-- generated from jobs/evaluation/evaluation.json: "
      + "begin -->\n";
  public static final String END = "<!-- generated from jobs/evaluation/evaluation.json: end -->";

  private static final ObjectMapper JSON = new ObjectMapper();

  private ReadmeFigures() {
  }

  /** The Markdown of a report: its provenance line, targets, then every result's figures. */
  public static String markdown(JsonNode report) {
    StringBuilder md = new StringBuilder();
    JsonNode build = report.path("build");
    md.append("Measured by `bin/verbatim evaluate` (").append(report.path("limits").asText())
        .append("; build ").append(shortCommit(build.path("commit").asText("unknown")))
        .append(build.path("dirty").asBoolean(false) ? ", dirty" : "").append(").\n\n");
    JsonNode targets = report.path("targets");
    if (targets.size() > 0) {
      md.append("| target | figure | measured | 95% interval | goal | met |\n")
          .append("|---|---|---|---|---|---|\n");
      for (JsonNode t : targets) {
        JsonNode result = result(report, t.path("result").asText());
        String figure = t.path("figure").asText();
        md.append("| ").append(title(result, t.path("result").asText())).append(" | ")
            .append(figure).append(" | ").append(number(t.path("measured"))).append(" | ")
            .append(interval(result, figure)).append(" | ")
            .append(t.path("atMost").asBoolean(false) ? "≤ " : "≥ ").append(number(t.path("target")))
            .append(" | ").append(t.path("met").asBoolean() ? "yes" : "**no**").append(" |\n");
      }
      md.append('\n');
    }
    md.append("| result | data | items | figures (95% interval) |\n|---|---|---|---|\n");
    for (JsonNode r : report.path("results")) {
      List<String> figures = new ArrayList<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = r.path("figures").fields(); it.hasNext();) {
        Map.Entry<String, JsonNode> f = it.next();
        String ci = interval(r, f.getKey());
        figures.add(f.getKey() + " " + number(f.getValue()) + (ci.isEmpty() ? "" : " (" + ci + ")"));
      }
      md.append("| ").append(title(r, r.path("key").asText())).append(" | ")
          .append(cell(r.path("dataset").asText())).append(" | ").append(r.path("items").asText())
          .append(" | ").append(String.join("; ", figures)).append(" |\n");
    }
    return md.toString();
  }

  /** Rewrites the generated block of {@code readme} from the report at {@code json}. */
  public static void update(Path readme, Path json) throws IOException {
    String text = Files.readString(readme, StandardCharsets.UTF_8);
    int from = text.indexOf(BEGIN);
    int to = text.indexOf(END);
    if (from < 0 || to < from) {
      throw new IllegalArgumentException(readme + " has no generated-figures block (" + BEGIN.strip()
          + " ... " + END + ")");
    }
    String rendered = markdown(JSON.readTree(json.toFile()));
    Files.writeString(readme, text.substring(0, from + BEGIN.length()) + rendered
        + text.substring(to), StandardCharsets.UTF_8);
  }

  /** The block as the README holds it now, or null without one. */
  public static String current(String readme) {
    int from = readme.indexOf(BEGIN);
    int to = readme.indexOf(END);
    return from < 0 || to < from ? null : readme.substring(from + BEGIN.length(), to);
  }

  private static JsonNode result(JsonNode report, String key) {
    for (JsonNode r : report.path("results")) {
      if (r.path("key").asText().equals(key)) {
        return r;
      }
    }
    return JSON.createObjectNode();
  }

  private static String title(JsonNode result, String key) {
    String title = result.path("title").asText("");
    return cell(title.isEmpty() ? key : title);
  }

  private static String interval(JsonNode result, String figure) {
    JsonNode ci = result.path("intervals_95").path(figure);
    return ci.isMissingNode() ? "" : number(ci.path("low")) + "-" + number(ci.path("high"));
  }

  private static String number(JsonNode n) {
    if (!n.isNumber()) {
      return cell(n.asText());
    }
    double v = n.asDouble();
    return v == Math.rint(v) && Math.abs(v) >= 10 ? String.format(Locale.ROOT, "%,.0f", v)
        : String.format(Locale.ROOT, "%.3f", v);
  }

  private static String cell(String s) {
    return s.replace("|", "\\|").replace("\n", " ");
  }

  private static String shortCommit(String commit) {
    return commit.length() > 12 ? commit.substring(0, 12) : commit;
  }
}
