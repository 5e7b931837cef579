package io.verbatim.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DigestBuilderTest {

  private final DigestBuilder builder = new DigestBuilder(DigestSettings.defaults());

  @Test
  void ideasNotInThePreviousDigestAreMarkedNew() {
    Digest d = builder.build(Fixtures.sampleInput(Set.of("i-track", "i-wifi", "i-misc")));
    assertEquals(List.of("i-track", "i-wifi", "i-staff", "i-bags2", "i-misc"),
        d.topIdeas().stream().map(DigestIdea::id).toList());
    assertEquals(List.of("i-staff", "i-bags2"), d.topIdeas().stream()
        .filter(DigestIdea::newSincePrevious).map(DigestIdea::id).toList());
    assertEquals(2, d.newIdeas());
    assertEquals(List.of("i-track", "i-wifi", "i-staff", "i-bags2", "i-misc"), d.ideaIds());
  }

  @Test
  void withoutAPreviousDigestNothingIsNew() {
    Digest d = builder.build(Fixtures.sampleInput(null));
    assertTrue(d.topIdeas().stream().noneMatch(DigestIdea::newSincePrevious));
  }

  @Test
  void ideasAreGroupedByOwnerWithUnassignedLast() {
    Digest d = builder.build(Fixtures.sampleInput(Set.of()));
    assertEquals(List.of("IT", "Logistics", "Service", "Unassigned"),
        d.owners().stream().map(OwnerSection::owner).toList());
    OwnerSection logistics = d.owners().get(1);
    assertEquals(List.of("i-track", "i-bags2"),
        logistics.ideas().stream().map(DigestIdea::id).toList());
    assertEquals(2, logistics.newIdeas());
    assertEquals(List.of("lost-baggage"),
        logistics.flaggedThemes().stream().map(t -> t.theme().id()).toList());
    assertEquals("Lost baggage", d.topIdeas().get(0).themeLabel());
  }

  @Test
  void emergingThemeAndSentimentDropAreReported() {
    Digest d = builder.build(Fixtures.sampleInput(Set.of()));
    assertEquals(List.of("lost-baggage"), d.emerging().stream().map(t -> t.theme().id()).toList());
    assertTrue(d.rising().isEmpty(), d.rising().toString());
    SentimentShift wifi = d.sentiment().get(0);
    assertEquals("wifi", wifi.theme().id(), "largest change first: " + d.sentiment());
    assertEquals(-0.45, wifi.change(), 1e-9);
    assertEquals(25, wifi.recentSentences());
    assertEquals(28 * 25, wifi.baselineSentences());
    // Lost baggage has no baseline sentences: no sentiment comparison for it.
    assertTrue(d.sentiment().stream().noneMatch(s -> s.theme().id().equals("lost-baggage")));
    assertEquals(3, d.method().themesTested());
  }

  @Test
  void volumeQuotesAndDataQuality() {
    Digest d = builder.build(Fixtures.sampleInput(Set.of()));
    assertEquals(200, d.volume().digestDay());
    assertEquals(200.0, d.volume().baselineDailyMean());
    assertEquals(0.0, d.volume().change());
    assertEquals(List.of("Worst <b>trip</b> ever", "No theme at all here",
        "The wifi was useless"), d.quotes().negative().stream().map(Quote::text).toList());
    assertEquals(9, d.dataQuality().rejected());
    assertEquals(List.of(new DataQuality.ReasonCount("unparseable date", 5),
        new DataQuality.ReasonCount("empty text", 4)), d.dataQuality().reasons());
    assertEquals(9.0 / 8009, d.dataQuality().rejectedShare(), 1e-12);
    assertEquals(List.of("lost-baggage", "staff", "wifi"),
        d.volumeChart().stream().map(l -> l.theme().id()).toList(),
        "flagged theme first, then by recent volume");
    assertEquals(29, d.volumeChart().get(0).counts().size());
  }

  @Test
  void anOwnersDigestHoldsOnlyWhatItOwns() {
    Map<String, Digest> all = builder.buildPerOwner(Fixtures.sampleInput(Set.of("i-track")));
    assertEquals(List.of("IT", "Logistics", "Service", "Unassigned"), List.copyOf(all.keySet()));
    Digest logistics = all.get("Logistics");
    assertEquals("Logistics", logistics.owner());
    assertEquals(List.of("i-track", "i-bags2"),
        logistics.topIdeas().stream().map(DigestIdea::id).toList());
    assertEquals(1, logistics.newIdeas());
    assertEquals(1, logistics.emerging().size());
    assertEquals(List.of("Logistics"), logistics.owners().stream().map(OwnerSection::owner)
        .toList());
    assertEquals(List.of("Worst <b>trip</b> ever"),
        logistics.quotes().negative().stream().map(Quote::text).toList());
    assertTrue(logistics.quotes().positive().isEmpty());
    assertTrue(logistics.sentiment().isEmpty());
    assertEquals(List.of("lost-baggage"),
        logistics.volumeChart().stream().map(l -> l.theme().id()).toList());
    assertEquals(List.of("i-track", "i-bags2"), logistics.ideaIds());

    Digest it = all.get("IT");
    assertTrue(it.emerging().isEmpty());
    assertEquals("wifi", it.sentiment().get(0).theme().id());
    assertEquals(List.of("The wifi was useless"),
        it.quotes().negative().stream().map(Quote::text).toList());
    // Shared context stays the same for everyone.
    assertEquals(logistics.volume(), it.volume());
    assertEquals(logistics.dataQuality(), it.dataQuality());
    assertNull(builder.build(Fixtures.sampleInput(null)).owner());
  }

  @Test
  void longQuotesAreCutAtAWordAndDuplicatesDropped() {
    String longText = "word ".repeat(100) + "end";
    DigestInput base = Fixtures.sampleInput(Set.of());
    DigestInput in = new DigestInput(base.date(), base.totals(), base.themes(), base.ideas(),
        base.previousIdeaIds(), base.counts(), base.rejectsByReason(),
        List.of(new Quote(longText, null, -0.5, List.of()), new Quote("Same\nthing", null, -0.4,
            List.of()), new Quote("same   thing", null, -0.3, List.of())), List.of());
    Digest d = builder.build(in);
    assertEquals(2, d.quotes().negative().size());
    String cut = d.quotes().negative().get(0).text();
    assertTrue(cut.length() <= 280 && cut.endsWith("word…"), cut);
    assertEquals("Same thing", d.quotes().negative().get(1).text());
    assertFalse(d.quotes().negative().get(1).text().contains("\n"));
  }

  @Test
  void aDigestSplitByQuestionGroupsItsSectionsByQuestion() {
    DigestInput base = Fixtures.sampleInput(Set.of());
    // Lost baggage and its ideas answer Q3 ("what should we improve"); the rest Q2.
    java.util.function.Function<String, String> question =
        id -> id != null && (id.equals("lost-baggage") || id.equals("wifi")) ? "Q3" : "Q2";
    List<ThemeSeries> themes = base.themes().stream().map(t -> new ThemeSeries(new ThemeRef(
        t.theme().id(), t.theme().label(), null, t.theme().owner(),
        question.apply(t.theme().id())), t.daily())).toList();
    List<io.verbatim.model.Idea> ideas = base.ideas().stream()
        .map(i -> i.inQuestion(question.apply(i.themeId()), i.id())).toList();
    DigestInput in = new DigestInput(base.date(), base.totals(), themes, ideas,
        base.previousIdeaIds(), base.counts(), base.rejectsByReason(), base.negativeQuotes(),
        base.positiveQuotes(), Map.of("Q3", "What should we improve?"));
    Digest d = builder.build(in);
    assertEquals(List.of("Q2", "Q3"), d.questions().stream().map(QuestionSection::question)
        .toList());
    assertEquals(List.of("i-staff", "i-misc"), d.questions().get(0).topIdeas().stream()
        .map(DigestIdea::id).toList());
    assertEquals(List.of("i-track", "i-wifi", "i-bags2"), d.questions().get(1).topIdeas()
        .stream().map(DigestIdea::id).toList());
    assertEquals(List.of("lost-baggage"), d.questions().get(1).emerging().stream()
        .map(t -> t.theme().id()).toList());
    assertTrue(d.questions().get(0).emerging().isEmpty());
    assertEquals("wifi", d.questions().get(1).sentiment().get(0).theme().id());
    // The whole run's lists stay as they are, for readers of the JSON that know no questions.
    assertEquals(5, d.topIdeas().size());
    String md = new MarkdownRenderer().render(d);
    assertTrue(md.indexOf("## Top ideas · Q2\n") < md.indexOf(
        "## Top ideas · Q3: What should we improve?\n"), md);
    assertTrue(md.indexOf("## Emerging themes · Q3") > md.indexOf("## Top ideas · Q3"), md);
    assertFalse(md.contains("## Top ideas\n"), md);
    String html = new HtmlRenderer().render(d, ImageMode.DATA_URI).html();
    assertTrue(html.contains("Top ideas · Q2") && html.contains("Emerging themes · Q3"));
    Digest read = DigestJson.read(DigestJson.write(d));
    assertEquals(d.questions(), read.questions());
  }

  @Test
  void aDigestOfOneQuestionOrNoneIsNotSplit() {
    Digest d = builder.build(Fixtures.sampleInput(Set.of()));
    assertTrue(d.questions().isEmpty());
    assertEquals(1, d.sections().size());
    assertTrue(new MarkdownRenderer().render(d).contains("## Top ideas\n"));
    assertFalse(DigestJson.write(d).contains("question"), "the JSON of a plain run is as before");
  }

  @Test
  void rejectReasonsAreGrouped() {
    assertEquals("wrong number of columns",
        RejectReasons.group("expected 7 columns, found 5 (line 12)"));
    assertEquals("text too long", RejectReasons.group(
        "text is 25000 characters long, more than input.maxTextChars (20000)"));
    assertEquals("duplicate id", RejectReasons.group("duplicate id 'x': kept the first, a.csv"));
    assertEquals("something odd with '…' at N", RejectReasons.group(
        "something odd with 'abc' at 17 (line 3)"));
    assertEquals("unknown", RejectReasons.group(null));
  }
}
