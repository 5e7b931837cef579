package io.verbatim.cli;

import io.verbatim.jobs.RunSummary;
import io.verbatim.model.Idea;
import io.verbatim.output.Manifest;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/** What the command line prints at the end of a run. */
final class Report {

  private Report() {
  }

  static void summary(RunSummary summary, PrintStream out) {
    Manifest m = summary.manifest();
    Manifest.Counts c = m.counts();
    out.println();
    out.println("Done.");
    out.printf("  records   %,d read, %,d accepted, %,d rejected%n", c.read(), c.accepted(),
        c.rejected());
    out.printf("  found     %,d sentences, %,d suggestions, %,d themes, %,d ideas;"
        + " %.0f%% of comments in no theme%n", c.sentences(), c.suggestions(), c.themes(),
        c.ideas(), 100 * m.unthemedShare());
    StringBuilder stages = new StringBuilder();
    for (Map.Entry<String, Double> e : m.stageSeconds().entrySet()) {
      stages.append(String.format("%s %.1fs  ", e.getKey(), e.getValue()));
    }
    out.println("  seconds   " + stages.toString().strip());
    out.println("  outputs");
    m.outputs().forEach((name, path) -> out.printf("    %-10s %s%n", name, path));
  }

  static void topIdeas(List<Idea> ideas, int top, PrintStream out) {
    out.println();
    out.println("Top ideas");
    out.printf("  %4s  %-48s %-18s %6s %6s %7s %6s%n", "rank", "idea", "owner", "reach",
        "sent.", "impact", "score");
    for (Idea i : ideas.subList(0, Math.min(top, ideas.size()))) {
      out.printf("  %4d  %-48s %-18s %6d %6.2f %7s %6.3f%n", i.rank(),
          clip((i.implied() ? "* " : "") + i.title(), 48), clip(i.owner(), 18), i.reach(),
          i.sentimentMean(), i.scoreImpact() == null ? "-" : String.format("%.2f", i.scoreImpact()),
          i.score());
    }
    if (ideas.stream().limit(top).anyMatch(Idea::implied)) {
      out.println("  * implied by recurring negative comments rather than asked for outright");
    }
  }

  static void digest(io.verbatim.jobs.DigestJob.Written d, PrintStream out) {
    out.println();
    out.printf("Digest for %s: %d top ideas (%d new), %d emerging and %d rising themes%n",
        d.digest().date(), d.digest().topIdeas().size(), d.digest().newIdeas(),
        d.digest().emerging().size(), d.digest().rising().size());
    out.println("  " + d.html());
    out.println("  " + d.markdown());
    out.println("  " + d.json());
    d.mailed().forEach(m -> out.printf("  mailed to %s%n", String.join(", ", m.recipients())));
  }

  private static String clip(String s, int width) {
    return s.length() <= width ? s : s.substring(0, width - 1) + "…";
  }
}
