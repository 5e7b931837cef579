package io.verbatim.digest;

import java.util.List;

/**
 * The digest as Markdown: readable as it is (it is the text/plain part of the e-mail) and as
 * rendered Markdown. User text is escaped so that a comment cannot add links, HTML or formatting.
 */
public final class MarkdownRenderer {

  public String render(Digest d) {
    StringBuilder s = new StringBuilder();
    s.append("# ").append(esc(DigestText.title(d))).append("\n\n");
    s.append(esc(DigestText.volumeLine(d))).append(".\n");
    for (QuestionSection q : d.sections()) {
      ideas(s, q);
      themes(s, q.heading("Emerging themes"), q.emerging());
      themes(s, q.heading("Rising themes"), q.rising());
      sentiment(s, q.heading("Sentiment change"), q.sentiment());
    }
    if (d.owner() == null) {
      owners(s, d.owners());
    }
    quotes(s, d.quotes());
    dataQuality(s, d.dataQuality());
    s.append("\n---\n\n").append(esc(DigestText.methodNote(d))).append('\n');
    // Sections end with a blank line or not; one blank line between blocks is enough. User text
    // holds no line breaks (esc), so this only touches the layout.
    return s.toString().replaceAll("\n{3,}", "\n\n");
  }

  private static void ideas(StringBuilder s, QuestionSection q) {
    s.append("\n## ").append(esc(q.heading("Top ideas"))).append("\n\n");
    if (q.topIdeas().isEmpty()) {
      s.append(DigestText.noIdeas(q)).append('\n');
      return;
    }
    for (DigestIdea i : q.topIdeas()) {
      idea(s, i);
    }
  }

  private static void idea(StringBuilder s, DigestIdea i) {
    s.append(i.rank()).append(". **").append(esc(i.title())).append("**");
    if (i.newSincePrevious()) {
      s.append(" (NEW)");
    }
    s.append(" · ").append(esc(i.owner())).append(" · ")
        .append(Fmt.plural(i.reach(), "comment", "comments"))
        .append(" · sentiment ").append(Fmt.sentiment(i.sentimentMean()));
    if (i.themeLabel() != null) {
      s.append(" · theme ").append(esc(i.themeLabel()));
    }
    if (i.implied()) {
      s.append(" · implied by negative mentions");
    }
    s.append('\n');
    for (String e : i.examples()) {
      s.append("   > “").append(esc(e)).append("”\n");
    }
  }

  private static void themes(StringBuilder s, String heading, List<ThemeTrend> trends) {
    if (trends.isEmpty()) {
      return;
    }
    s.append("\n## ").append(esc(heading)).append("\n\n");
    for (ThemeTrend t : trends) {
      s.append("- **").append(esc(t.theme().label())).append("** (").append(esc(t.theme().owner()))
          .append("): ").append(Fmt.count(t.recent())).append(" of ")
          .append(Fmt.count(t.recentTotal())).append(" comments now, expected ")
          .append(Fmt.decimal(t.expected(), 1)).append(" (")
          .append(Fmt.count(t.baseline())).append(" of ").append(Fmt.count(t.baselineTotal()))
          .append(" in the baseline); rate ").append(Fmt.ratio(t.rateRatio())).append(", ")
          .append(Fmt.pIs("p", t.pValue())).append(", ").append(Fmt.pIs("q", t.qValue()))
          .append(", z = ").append(Fmt.decimal(t.z(), 1)).append('\n');
    }
  }

  private static void sentiment(StringBuilder s, String heading, List<SentimentShift> shifts) {
    if (shifts.isEmpty()) {
      return;
    }
    s.append("\n## ").append(esc(heading)).append("\n\n");
    for (SentimentShift x : shifts) {
      s.append("- **").append(esc(x.theme().label())).append("** (").append(esc(x.theme().owner()))
          .append("): ").append(Fmt.sentiment(x.baselineMean())).append(" → ")
          .append(Fmt.sentiment(x.recentMean())).append(" (").append(Fmt.signed(x.change(), 2))
          .append("; ").append(Fmt.count(x.recentSentences())).append(" recent / ")
          .append(Fmt.count(x.baselineSentences())).append(" baseline sentences)\n");
    }
  }

  private static void owners(StringBuilder s, List<OwnerSection> owners) {
    if (owners.isEmpty()) {
      return;
    }
    s.append("\n## By owner\n");
    for (OwnerSection o : owners) {
      s.append("\n### ").append(esc(o.owner())).append(" — ")
          .append(Fmt.plural(o.ideaCount(), "idea", "ideas")).append(", ")
          .append(Fmt.count(o.newIdeas())).append(" new\n\n");
      for (DigestIdea i : o.ideas()) {
        s.append(i.rank()).append(". ").append(esc(i.title()))
            .append(i.newSincePrevious() ? " (NEW)" : "").append(" · ")
            .append(Fmt.plural(i.reach(), "comment", "comments")).append('\n');
      }
      for (ThemeTrend t : o.flaggedThemes()) {
        s.append("- theme ").append(esc(t.theme().label())).append(": ")
            .append(t.kind() == ThemeTrend.Kind.EMERGING ? "emerging" : "rising").append('\n');
      }
    }
  }

  private static void quotes(StringBuilder s, Quotes q) {
    if (q.negative().isEmpty() && q.positive().isEmpty()) {
      return;
    }
    s.append("\n## Notable quotes\n");
    quoteList(s, "Most negative", q.negative());
    quoteList(s, "Most positive", q.positive());
  }

  private static void quoteList(StringBuilder s, String heading, List<Quote> quotes) {
    if (quotes.isEmpty()) {
      return;
    }
    s.append("\n").append(heading).append(":\n\n");
    for (Quote q : quotes) {
      s.append("> “").append(esc(q.text())).append("”");
      if (q.sentiment() != null) {
        s.append(" (").append(Fmt.sentiment(q.sentiment())).append(")");
      }
      s.append("\n\n");
    }
  }

  private static void dataQuality(StringBuilder s, DataQuality q) {
    s.append("\n## Data quality\n\n");
    if (q.rejected() == 0) {
      s.append("No records rejected.\n");
      return;
    }
    s.append(Fmt.plural(q.rejected(), "record", "records")).append(" rejected");
    if (q.rejectedShare() != null) {
      s.append(" (").append(Fmt.percent(q.rejectedShare())).append(" of those read)");
    }
    s.append(q.reasons().isEmpty() ? ".\n" : ":\n\n");
    for (DataQuality.ReasonCount r : q.reasons()) {
      s.append("- ").append(esc(r.reason())).append(": ").append(Fmt.count(r.count()))
          .append('\n');
    }
  }

  /**
   * Backslash-escapes what Markdown would act on inside a line: emphasis, code, strike-through,
   * links and images (their brackets), and HTML tags and autolinks (their opening bracket). User
   * text always follows other text on its line, so line-start syntax (headings, lists, quotes)
   * cannot arise; line breaks become spaces so it stays that way.
   */
  static String esc(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' || c == '\n') {
        out.append(' ');
        continue;
      }
      if ("\\`*_[]<~".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}
