package io.verbatim.digest;

import java.util.ArrayList;
import java.util.List;

/**
 * The digest as one self-contained, e-mail-safe HTML page: a table layout (what mail clients
 * lay out reliably), CSS only in {@code style} attributes (many clients drop {@code <style>}
 * blocks), no script, no external resource: the only images are the charts, embedded as data
 * URIs or referenced as {@code cid:} inline parts. Every piece of user text goes through
 * {@link Html#esc}.
 */
public final class HtmlRenderer {

  private static final String FONT = "font-family:Arial,Helvetica,sans-serif;";
  private static final String TEXT = FONT + "font-size:14px;line-height:20px;color:#1f2937;";
  private static final String SMALL = FONT + "font-size:12px;line-height:16px;color:#6b7280;";
  private static final String TH = FONT + "font-size:12px;color:#6b7280;text-align:left;"
      + "padding:6px 8px;border-bottom:1px solid #d1d5db;font-weight:bold;";
  private static final String TD = TEXT + "padding:6px 8px;border-bottom:1px solid #e5e7eb;"
      + "vertical-align:top;";
  private static final String NUM = TD + "text-align:right;white-space:nowrap;";
  private static final String BADGE = FONT + "font-size:11px;font-weight:bold;color:#ffffff;"
      + "background-color:#16a34a;padding:1px 6px;border-radius:8px;";

  private final ChartMaker charts;

  public HtmlRenderer() {
    this(new ChartMaker());
  }

  public HtmlRenderer(ChartMaker charts) {
    this.charts = charts;
  }

  public HtmlDigest render(Digest d, ImageMode mode) {
    List<ChartImage> images = new ArrayList<>();
    StringBuilder s = new StringBuilder(16_384);
    String title = Html.esc(DigestText.title(d));
    s.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(title).append("</title>\n</head>\n")
        .append("<body style=\"margin:0;padding:0;background-color:#f3f4f6;\">\n")
        .append(table("width:100%;background-color:#f3f4f6;"))
        .append("<tr><td align=\"center\" style=\"padding:16px 8px;\">\n")
        .append("<table role=\"presentation\" width=\"640\" cellpadding=\"0\" cellspacing=\"0\""
            + " border=\"0\" style=\"width:100%;max-width:640px;background-color:#ffffff;"
            + "border:1px solid #e5e7eb;\">\n");
    header(s, d, title);
    boolean split = !d.questions().isEmpty();
    for (QuestionSection q : d.sections()) {
      ideas(s, q);
      themes(s, q.heading("Emerging themes"),
          "New this window: (almost) absent in the baseline.", q.emerging());
      themes(s, q.heading("Rising themes"),
          "Mentioned in a significantly larger share of comments.", q.rising());
      if (!split) {
        charts.volume(d).ifPresent(img -> image(s, img, mode, images));
      }
      sentiment(s, q.heading("Sentiment change"), q.sentiment());
    }
    if (split) {
      charts.volume(d).ifPresent(img -> image(s, img, mode, images));
    }
    charts.sentiment(d).ifPresent(img -> image(s, img, mode, images));
    if (d.owner() == null) {
      owners(s, d.owners());
    }
    quotes(s, d.quotes());
    dataQuality(s, d.dataQuality());
    row(s, "padding:16px 24px 20px;border-top:1px solid #e5e7eb;",
        "<p style=\"margin:0;" + SMALL + "\">" + Html.esc(DigestText.methodNote(d)) + "</p>");
    s.append("</table>\n</td></tr>\n</table>\n</body>\n</html>\n");
    return new HtmlDigest(s.toString(), mode, images);
  }

  private static void header(StringBuilder s, Digest d, String title) {
    List<String> news = new ArrayList<>();
    news.add(Fmt.plural(d.newIdeas(), "new idea", "new ideas"));
    news.add(Fmt.plural(d.emerging().size(), "emerging theme", "emerging themes"));
    news.add(Fmt.plural(d.rising().size(), "rising theme", "rising themes"));
    row(s, "padding:20px 24px;background-color:#1e3a8a;",
        "<h1 style=\"margin:0;" + FONT + "font-size:20px;line-height:26px;color:#ffffff;\">"
            + title + "</h1>\n<p style=\"margin:6px 0 0;" + FONT
            + "font-size:14px;color:#dbeafe;\">" + Html.esc(DigestText.volumeLine(d)) + "<br>"
            + Html.esc(String.join(" · ", news)) + "</p>");
  }

  private static void ideas(StringBuilder s, QuestionSection q) {
    StringBuilder t = new StringBuilder(heading(q.heading("Top ideas")));
    if (q.topIdeas().isEmpty()) {
      t.append(paragraph(Html.esc(DigestText.noIdeas(q))));
    } else {
      t.append(table("width:100%;")).append("<tr>").append(th("#")).append(th("Idea"))
          .append(th("Owner")).append(th("Comments")).append(th("Sentiment")).append("</tr>\n");
      for (DigestIdea i : q.topIdeas()) {
        t.append("<tr>").append(td(NUM, String.valueOf(i.rank())))
            .append(td(TD, ideaCell(i))).append(td(TD, Html.esc(i.owner())))
            .append(td(NUM, Fmt.count(i.reach())))
            .append(td(NUM, Fmt.sentiment(i.sentimentMean()))).append("</tr>\n");
      }
      t.append("</table>\n");
    }
    row(s, t.toString());
  }

  private static String ideaCell(DigestIdea i) {
    StringBuilder c = new StringBuilder("<strong>").append(Html.esc(i.title())).append("</strong>");
    if (i.newSincePrevious()) {
      c.append(" <span style=\"").append(BADGE).append("\">NEW</span>");
    }
    List<String> about = new ArrayList<>();
    if (i.themeLabel() != null) {
      about.add("theme " + Html.esc(i.themeLabel()));
    }
    if (i.implied()) {
      about.add("implied by negative mentions");
    }
    if (!about.isEmpty()) {
      c.append("<br><span style=\"").append(SMALL).append("\">")
          .append(String.join(" · ", about)).append("</span>");
    }
    for (String e : i.examples()) {
      c.append("<br><span style=\"").append(SMALL).append("font-style:italic;\">“")
          .append(Html.esc(e)).append("”</span>");
    }
    return c.toString();
  }

  private static void themes(StringBuilder s, String heading, String note,
                             List<ThemeTrend> trends) {
    if (trends.isEmpty()) {
      return;
    }
    StringBuilder t = new StringBuilder(heading(heading)).append(paragraphSmall(note))
        .append(table("width:100%;")).append("<tr>").append(th("Theme")).append(th("Now"))
        .append(th("Expected")).append(th("Baseline")).append(th("Rate")).append(th("p"))
        .append(th("q")).append("</tr>\n");
    for (ThemeTrend x : trends) {
      t.append("<tr>").append(td(TD, "<strong>" + Html.esc(x.theme().label()) + "</strong><br>"
              + "<span style=\"" + SMALL + "\">" + Html.esc(x.theme().owner()) + "</span>"))
          .append(td(NUM, Fmt.count(x.recent()) + " / " + Fmt.count(x.recentTotal())))
          .append(td(NUM, Fmt.decimal(x.expected(), 1)))
          .append(td(NUM, Fmt.count(x.baseline()) + " / " + Fmt.count(x.baselineTotal())))
          .append(td(NUM, Fmt.ratio(x.rateRatio()))).append(td(NUM, Html.esc(Fmt.p(x.pValue()))))
          .append(td(NUM, Html.esc(Fmt.p(x.qValue())))).append("</tr>\n");
    }
    row(s, t.append("</table>\n").toString());
  }

  private static void sentiment(StringBuilder s, String heading, List<SentimentShift> shifts) {
    if (shifts.isEmpty()) {
      return;
    }
    StringBuilder t = new StringBuilder(heading(heading))
        .append(table("width:100%;")).append("<tr>").append(th("Theme")).append(th("Baseline"))
        .append(th("Recent")).append(th("Change")).append(th("Sentences")).append("</tr>\n");
    for (SentimentShift x : shifts) {
      String colour = x.change() <= -0.1 ? "color:#b91c1c;font-weight:bold;"
          : x.change() >= 0.1 ? "color:#15803d;font-weight:bold;" : "";
      t.append("<tr>").append(td(TD, Html.esc(x.theme().label())))
          .append(td(NUM, Fmt.sentiment(x.baselineMean())))
          .append(td(NUM, Fmt.sentiment(x.recentMean())))
          .append(td(NUM + colour, Fmt.signed(x.change(), 2)))
          .append(td(NUM, Fmt.count(x.recentSentences()) + " / "
              + Fmt.count(x.baselineSentences()))).append("</tr>\n");
    }
    row(s, t.append("</table>\n").toString());
  }

  private static void owners(StringBuilder s, List<OwnerSection> owners) {
    if (owners.isEmpty()) {
      return;
    }
    StringBuilder t = new StringBuilder(heading("By owner"));
    for (OwnerSection o : owners) {
      t.append("<h3 style=\"margin:12px 0 4px;").append(FONT)
          .append("font-size:14px;color:#111827;\">").append(Html.esc(o.owner()))
          .append(" <span style=\"").append(SMALL).append("font-weight:normal;\">")
          .append(Fmt.plural(o.ideaCount(), "idea", "ideas")).append(", ")
          .append(Fmt.count(o.newIdeas())).append(" new</span></h3>\n")
          .append(table("width:100%;"));
      for (DigestIdea i : o.ideas()) {
        t.append("<tr>").append(td(NUM + "width:32px;", String.valueOf(i.rank())))
            .append(td(TD, Html.esc(i.title()) + (i.newSincePrevious()
                ? " <span style=\"" + BADGE + "\">NEW</span>" : "")))
            .append(td(NUM, Fmt.count(i.reach()))).append("</tr>\n");
      }
      for (ThemeTrend x : o.flaggedThemes()) {
        t.append("<tr>").append(td(NUM + "width:32px;", ""))
            .append(td(TD, "Theme <strong>" + Html.esc(x.theme().label()) + "</strong> is "
                + (x.kind() == ThemeTrend.Kind.EMERGING ? "emerging" : "rising")))
            .append(td(NUM, Fmt.count(x.recent()))).append("</tr>\n");
      }
      t.append("</table>\n");
    }
    row(s, t.toString());
  }

  private static void quotes(StringBuilder s, Quotes q) {
    if (q.negative().isEmpty() && q.positive().isEmpty()) {
      return;
    }
    StringBuilder t = new StringBuilder(heading("Notable quotes"));
    quoteList(t, "Most negative", q.negative(), "#dc2626");
    quoteList(t, "Most positive", q.positive(), "#16a34a");
    row(s, t.toString());
  }

  private static void quoteList(StringBuilder t, String heading, List<Quote> quotes,
                                String colour) {
    if (quotes.isEmpty()) {
      return;
    }
    t.append(paragraphSmall(heading));
    for (Quote q : quotes) {
      t.append("<p style=\"margin:0 0 8px;padding:4px 10px;border-left:3px solid ").append(colour)
          .append(";").append(TEXT).append("font-style:italic;\">“").append(Html.esc(q.text()))
          .append("”");
      if (q.sentiment() != null) {
        t.append(" <span style=\"").append(SMALL).append("font-style:normal;\">(")
            .append(Fmt.sentiment(q.sentiment())).append(")</span>");
      }
      t.append("</p>\n");
    }
  }

  private static void dataQuality(StringBuilder s, DataQuality q) {
    StringBuilder t = new StringBuilder(heading("Data quality"));
    if (q.rejected() == 0) {
      row(s, t.append(paragraph("No records rejected.")).toString());
      return;
    }
    String line = Fmt.plural(q.rejected(), "record", "records") + " rejected"
        + (q.rejectedShare() == null ? ""
        : " (" + Fmt.percent(q.rejectedShare()) + " of those read)") + ".";
    t.append(paragraph(Html.esc(line)));
    if (!q.reasons().isEmpty()) {
      t.append(table("width:100%;"));
      for (DataQuality.ReasonCount r : q.reasons()) {
        t.append("<tr>").append(td(TD, Html.esc(r.reason())))
            .append(td(NUM, Fmt.count(r.count()))).append("</tr>\n");
      }
      t.append("</table>\n");
    }
    row(s, t.toString());
  }

  private static void image(StringBuilder s, ChartImage img, ImageMode mode,
                            List<ChartImage> images) {
    images.add(img);
    row(s, "<img src=\"" + Html.esc(img.src(mode)) + "\" alt=\"" + Html.esc(img.alt())
        + "\" width=\"" + img.width() + "\" height=\"" + img.height() + "\" style=\"display:block;"
        + "width:100%;max-width:" + img.width() + "px;height:auto;border:0;outline:none;\">");
  }

  private static void row(StringBuilder s, String content) {
    row(s, "padding:8px 24px;", content);
  }

  private static void row(StringBuilder s, String style, String content) {
    s.append("<tr><td style=\"").append(style).append(TEXT).append("\">\n").append(content)
        .append("</td></tr>\n");
  }

  private static String table(String style) {
    return "<table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\""
        + " style=\"border-collapse:collapse;" + style + "\">\n";
  }

  private static String heading(String text) {
    return "<h2 style=\"margin:12px 0 8px;" + FONT + "font-size:17px;color:#111827;\">"
        + Html.esc(text) + "</h2>\n";
  }

  private static String paragraph(String html) {
    return "<p style=\"margin:0 0 8px;" + TEXT + "\">" + html + "</p>\n";
  }

  private static String paragraphSmall(String text) {
    return "<p style=\"margin:0 0 6px;" + SMALL + "\">" + Html.esc(text) + "</p>\n";
  }

  private static String th(String text) {
    return "<th style=\"" + TH + "\">" + Html.esc(text) + "</th>";
  }

  private static String td(String style, String html) {
    return "<td style=\"" + style + "\">" + html + "</td>";
  }
}
