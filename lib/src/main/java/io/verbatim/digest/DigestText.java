package io.verbatim.digest;

import java.util.ArrayList;
import java.util.List;

/** Sentences shared by every rendering: the title, the e-mail subject and the one-line summary. */
public final class DigestText {

  private DigestText() {
  }

  /** "Customer feedback digest 2026-03-14" or "... for Logistics". */
  public static String title(Digest d) {
    return "Customer feedback digest " + d.date() + (d.owner() == null ? "" : " for " + d.owner());
  }

  /** The title and what is new, e.g. "...: 3 new ideas, 1 emerging theme". */
  public static String subject(Digest d) {
    List<String> news = new ArrayList<>();
    if (d.newIdeas() > 0) {
      news.add(Fmt.plural(d.newIdeas(), "new idea", "new ideas"));
    }
    if (!d.emerging().isEmpty()) {
      news.add(Fmt.plural(d.emerging().size(), "emerging theme", "emerging themes"));
    }
    if (!d.rising().isEmpty()) {
      news.add(Fmt.plural(d.rising().size(), "rising theme", "rising themes"));
    }
    return title(d) + (news.isEmpty() ? ": nothing unusual" : ": " + String.join(", ", news));
  }

  /** Comments of the digest day against the usual daily volume. */
  public static String volumeLine(Digest d) {
    Volume v = d.volume();
    StringBuilder s = new StringBuilder(Fmt.plural(v.digestDay(), "comment", "comments"))
        .append(" on ").append(d.date());
    if (d.method().recent().days() > 1) {
      s.append(" (").append(Fmt.count(v.recent())).append(" in the last ")
          .append(d.method().recent().days()).append(" days)");
    }
    if (v.baselineDailyMean() != null) {
      s.append("; usual: ").append(Fmt.decimal(v.baselineDailyMean(), 0)).append(" a day");
      if (v.change() != null) {
        s.append(" (").append(Fmt.change(v.change())).append(")");
      }
    }
    return s.toString();
  }

  /** How the themes were tested, in one paragraph. */
  public static String methodNote(Digest d) {
    TrendMethod m = d.method();
    return "Themes are tested by their share of comments in the recent window ("
        + range(m.recent()) + ") against the baseline window (" + range(m.baseline()) + "): "
        + m.test() + "; "
        + Fmt.plural(m.themesTested(), "theme", "themes") + " tested, false discovery rate "
        + Fmt.percent(m.fdr()) + ". A flag needs at least " + m.minRecent()
        + " recent mentions; emerging means at most " + m.emergingMaxBaseline()
        + " baseline mentions, rising a rate at least " + Fmt.ratio(m.minRateRatio())
        + " the baseline's. Expected = recent comments × baseline share.";
  }

  static String range(DateRange r) {
    return r.days() == 1 ? r.from().toString() : r.from() + " to " + r.to();
  }

  /** What a section of top ideas says when it has none. */
  public static String noIdeas(QuestionSection q) {
    return q.question() == null ? "No ideas in this run."
        : "No ideas from the answers to this question.";
  }
}
