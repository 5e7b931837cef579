package io.verbatim.ideas;

import static io.verbatim.themes.Fixtures.comment;
import static io.verbatim.themes.Fixtures.sentence;
import static io.verbatim.themes.Fixtures.suggestion;
import static io.verbatim.themes.Fixtures.tokens;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verbatim.config.ConfigLoader;
import io.verbatim.config.VerbatimConfig;
import io.verbatim.model.AnalyzedComment;
import io.verbatim.model.Idea;
import io.verbatim.model.Sentence;
import io.verbatim.model.SentimentLabel;
import io.verbatim.model.Theme;
import io.verbatim.model.ThemeSummary;
import io.verbatim.themes.MainTheme;
import io.verbatim.themes.ThemeCatalog;
import io.verbatim.themes.TrendWindow;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IdeaBuilderTest {

  private static final Instant END = Instant.parse("2026-11-20T12:00:00Z");
  private static final VerbatimConfig CONFIG = ConfigLoader.defaults();
  private static final String WIFI_ON_PLANES = "add/add/VB wifi/wifi/NN on/on/IN planes/plane/NNS";
  private final ThemeCatalog catalog = new ThemeCatalog(List.of(
      new Theme("t-wifi", "wifi", "Wifi", null, "IT", List.of("wifi"), true),
      new Theme("t-bag", "baggage", "Baggage", null, "Logistics", List.of("baggage"), true),
      new Theme("t-lost", "lost baggage", "Lost baggage", "t-bag", "Logistics",
          List.of("lost baggage"), false)));

  private static Instant daysAgo(int d) {
    return END.minus(d, ChronoUnit.DAYS);
  }

  private List<AnalyzedComment> comments() {
    List<AnalyzedComment> out = new ArrayList<>();
    out.add(comment("w1", daysAgo(1), 4.0,
        suggestion(0, "You should add wifi on planes.", 0.0, List.of("t-wifi"),
            "add wifi on planes", WIFI_ON_PLANES),
        suggestion(1, "Please add wifi on planes!", 0.0, List.of("t-wifi"),
            "add wifi on planes", WIFI_ON_PLANES)));
    out.add(comment("w2", daysAgo(2), 5.0,
        suggestion(0, "Please add wifi on the planes.", -0.1, List.of("t-wifi"),
            "add wifi on the planes", WIFI_ON_PLANES)));
    out.add(comment("w3", daysAgo(20), 6.0,
        suggestion(0, "Add wifi on planes.", 0.1, List.of("t-wifi"), "add wifi on planes",
            WIFI_ON_PLANES)));
    out.add(comment("v1", daysAgo(2), 3.0,
        suggestion(0, "Sort it out!", -0.4, List.of(), "sort it out", "Sort/sort/VB it/it/PRP "
            + "out/out/RP !/!/.")));
    out.add(comment("v2", daysAgo(3), 3.0,
        suggestion(0, "Sort it out.", -0.4, List.of(), "sort it out", "Sort/sort/VB it/it/PRP "
            + "out/out/RP ././.")));
    for (int i = 0; i < 3; i++) {
      out.add(comment("l" + i, daysAgo(3 + i), 1.0,
          sentence(0, "They lost my bag again, a disgrace.", -0.8, List.of(), List.of("t-lost"),
              false, null)));
    }
    out.add(comment("l9", daysAgo(4), 7.0,
        sentence(0, "Lost baggage desk was easy to find.", 0.2, List.of(), List.of("t-lost"),
            false, null)));
    out.add(comment("p1", daysAgo(2), 10.0,
        sentence(0, "Lovely crew.", 0.8, List.of(), List.of(), false, null)));
    return out;
  }

  private IdeaCollector collect(List<AnalyzedComment> comments) {
    IdeaCollector c = new IdeaCollector(CONFIG.ideas(), new TrendWindow(END, 14));
    comments.forEach(c::add);
    return c;
  }

  private IdeaBuilder.Result build(IdeaCollector c) {
    return new IdeaBuilder(CONFIG.ideas(), CONFIG.input()).build(c, catalog);
  }

  private static Idea find(List<Idea> ideas, boolean implied) {
    return ideas.stream().filter(i -> i.implied() == implied).findFirst().orElseThrow();
  }

  @Test
  void groupsSuggestionsIntoOneIdeaCountingDistinctComments() {
    List<Idea> ideas = build(collect(comments())).ideas();
    Idea wifi = find(ideas, false);
    assertEquals("add wifi on planes", wifi.title());
    assertEquals(3, wifi.reach(), "w1 asks twice but counts once");
    assertEquals("t-wifi", wifi.themeId());
    assertEquals("IT", wifi.owner());
    assertTrue(wifi.examples().size() <= CONFIG.ideas().examples());
    assertEquals(1, ideas.stream().filter(i -> !i.implied()).count(),
        "\"sort it out\" names nothing to act on, so it is no idea");
  }

  @Test
  void recurringStrongNegativesImplyAFixIdea() {
    Idea lost = find(build(collect(comments())).ideas(), true);
    assertEquals("t-lost", lost.themeId());
    assertEquals("Logistics", lost.owner());
    assertTrue(lost.title().contains("lost baggage"), lost.title());
    assertEquals(3, lost.reach());
    assertTrue(lost.scoreImpact() < -4, "complaints score far below the rest");
  }

  @Test
  void rankFollowsAnExplainableScore() {
    List<Idea> ideas = build(collect(comments())).ideas();
    for (int i = 0; i < ideas.size(); i++) {
      Idea idea = ideas.get(i);
      assertEquals(i + 1, idea.rank());
      assertEquals(idea.components().total(), idea.score(), 1e-12);
      if (i > 0) {
        assertTrue(ideas.get(i - 1).score() >= idea.score());
      }
    }
    // Same reach, but the implied idea's comments are far more negative and score lower.
    assertTrue(find(ideas, true).rank() < find(ideas, false).rank());
  }

  @Test
  void negativityComesFromTheWholeCommentsBehindAnIdea() {
    List<AnalyzedComment> angry = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      angry.add(comment("a" + i, daysAgo(1 + i), 2.0,
          sentence(0, "Two hours on hold, a disgrace.", -0.9, List.of(), List.of(), false, null),
          suggestion(1, "Please add a call-back option.", 0.0, List.of(),
              "add call-back option", "add/add/VB call-back/call-back/JJ option/option/NN")));
    }
    Idea callBack = build(collect(angry)).ideas().stream()
        .filter(i -> i.title().contains("call-back")).findFirst().orElseThrow();
    // The request itself is neutral; the customers asking for it are not.
    assertEquals(-0.45, callBack.sentimentMean(), 1e-9);
    assertEquals(CONFIG.ideas().weights().negativity() * (1 + 0.45) / 2,
        callBack.components().negativity(), 1e-9);
  }

  @Test
  void resultDoesNotDependOnHowCommentsWereSplit() {
    List<AnalyzedComment> all = comments();
    IdeaCollector a = collect(all.subList(0, 4));
    IdeaCollector b = collect(all.subList(4, all.size()));
    List<Idea> merged = build(b.merge(a)).ideas();
    assertEquals(build(collect(all)).ideas(), merged);
  }

  @Test
  void indexMapsCommentsBackToTheirIdeas() {
    List<AnalyzedComment> all = comments();
    IdeaBuilder.Result r = build(collect(all));
    Idea wifi = find(r.ideas(), false);
    assertEquals(List.of(wifi.id()), r.index().ideaIds(all.get(0)));
    assertFalse(r.index().ideaIds(all.get(all.size() - 1)).contains(wifi.id()));
  }

  @Test
  void impliedIdeasAreWordedAsTheChangeAndRequestsNamingTheirThemeJoinThem() {
    List<AnalyzedComment> all = comments();
    for (int i = 0; i < 2; i++) {
      all.add(comment("q" + i, daysAgo(2), 2.0, suggestion(0, "Please trace lost baggage faster.",
          -0.3, List.of("t-lost"), "trace lost baggage faster",
          "Please/please/UH trace/trace/VB lost/lose/VBN baggage/baggage/NN faster/fast/RBR")));
    }
    IdeaBuilder.Result r = build(collect(all));
    Idea lost = find(r.ideas(), true);
    assertEquals("Trace lost baggage faster", lost.title());
    assertEquals(5, lost.reach(), "three complaints and two requests");
    assertEquals(1, r.ideas().stream().filter(i -> !i.implied()).count(), "only wifi stands alone");
    assertEquals(List.of(lost.id()), r.index().ideaIds(all.get(all.size() - 1)));
    assertTrue(lost.examples().get(0).contains("lost"), lost.examples().toString());
  }

  @Test
  void complaintsAboutAKindOfAThemeMakeOneIdeaWithTheStrongestQuoteFirst() {
    Theme interest = new Theme("t-int", "interest", "Interest", null, "Billing",
        List.of("interest"), false);
    Theme rate = new Theme("t-rate", "interest rate", "Interest rate", "t-int", "Billing",
        List.of("interest rate"), false);
    ThemeCatalog kinds = new ThemeCatalog(List.of(interest, rate));
    List<AnalyzedComment> comments = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      comments.add(comment("r" + i, daysAgo(2), null,
          // The sentence as a whole is mild; the clause naming the rate is the complaint.
          sentence(0, "The interest rate is outrageous " + i + ".", -0.2, List.of(),
              List.of("t-rate"), false, null).withThemes(List.of("t-rate"), List.of(-0.9))));
    }
    comments.add(comment("i0", daysAgo(2), null,
        sentence(0, "Interest was a bit higher than I thought.", -0.5, List.of(),
            List.of("t-int"), false, null)));
    MainTheme main = new MainTheme(kinds, List.of(
        new ThemeSummary(interest, 4, 1, -0.7, 1, null, null),
        new ThemeSummary(rate, 3, 0.75, -0.9, 1, null, null)), 4);
    IdeaCollector evidence = new IdeaCollector(CONFIG.ideas(), new TrendWindow(END, 14), main);
    comments.forEach(evidence::add);
    List<Idea> ideas = new IdeaBuilder(CONFIG.ideas(), CONFIG.input()).build(evidence, kinds)
        .ideas();
    assertEquals(1, ideas.size(), ideas.toString());
    Idea idea = ideas.get(0);
    assertEquals("t-int", idea.themeId());
    assertEquals(4, idea.reach());
    assertTrue(idea.examples().get(0).startsWith("The interest rate is outrageous"),
        idea.examples().toString());
  }
  @Test
  void customersWithAStoryOfTheirOwnOutrankAComplaintMadeInsideEveryStory() {
    // Top-level themes: phone (Call centre), loan, mortgage, foreclosure. Slow phones come up in
    // 12 complaints about everything; foreclosures in 8, each with a mortgage story.
    Theme phone = new Theme("t-phone", "phone", "Phone", null, "Customer Service",
        List.of("phone"), true);
    Theme loan = new Theme("t-loan", "loan", "Loan", null, "Lending", List.of("loan"), true);
    Theme mortgage = new Theme("t-mortgage", "mortgage", "Mortgage", null, "Lending",
        List.of("mortgage"), true);
    Theme foreclosure = new Theme("t-foreclosure", "foreclosure", "Foreclosure", null,
        "Lending", List.of("foreclosure"), false);
    ThemeCatalog story = new ThemeCatalog(List.of(phone, loan, mortgage, foreclosure));
    List<AnalyzedComment> comments = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      String about = i % 2 == 0 ? "t-loan" : "t-mortgage";
      comments.add(comment("p" + i, daysAgo(2), null,
          sentence(0, "About my " + about + " " + i + ".", 0.0, List.of(), List.of(about),
              false, null),
          sentence(1, "Nobody picks up the phone " + i + ".", -0.8, List.of(),
              List.of("t-phone"), false, null)));
    }
    for (int i = 0; i < 8; i++) {
      comments.add(comment("f" + i, daysAgo(2), null,
          sentence(0, "My mortgage servicer " + i + ".", 0.0, List.of(), List.of("t-mortgage"),
              false, null),
          sentence(1, "They started a foreclosure anyway " + i + ".", -0.8, List.of(),
              List.of("t-foreclosure"), false, null)));
    }
    for (int i = 0; i < 30; i++) {
      comments.add(comment("o" + i, daysAgo(2), null,
          sentence(0, "My loan " + i + ".", 0.0, List.of(), List.of("t-loan"), false, null)));
    }
    IdeaCollector evidence = new IdeaCollector(CONFIG.ideas(), new TrendWindow(END, 14));
    comments.forEach(evidence::add);
    List<Idea> ideas = new IdeaBuilder(CONFIG.ideas(), CONFIG.input()).build(evidence, story)
        .ideas();
    assertEquals(List.of("t-foreclosure", "t-phone"), ideas.stream().map(Idea::themeId).toList());
    assertEquals(8, ideas.get(0).reach());
    assertEquals(12, ideas.get(1).reach());
    assertTrue(ideas.get(0).components().reach() > ideas.get(1).components().reach());
  }
  @Test
  void aDiscoveredThingImpliesNoIdeaButAnActDoes() {
    // Both discovered (no owner, no change of their own): "car" is where the trouble happened,
    // "inspection" is something done, as the corpus's verb "inspect" shows.
    Theme car = new Theme("t-car", "car", "Car", null, Theme.UNASSIGNED, List.of("car"), false);
    Theme inspection = new Theme("t-inspection", "inspection", "Inspection", null,
        Theme.UNASSIGNED, List.of("inspection"), false);
    ThemeCatalog discovered = new ThemeCatalog(List.of(car, inspection));
    IdeaCollector evidence = new IdeaCollector(CONFIG.ideas(), new TrendWindow(END, 14));
    for (int i = 0; i < 5; i++) {
      evidence.add(comment("c" + i, daysAgo(2), null,
          sentence(0, "My car is a wreck " + i + ".", -0.8, List.of(), List.of("t-car"), false,
              null),
          new Sentence(1, "They inspected my car, the inspection was a disgrace.",
              tokens("They/they/PRP inspected/inspect/VBD my/my/PRP$ car/car/NN"), -0.8,
              SentimentLabel.NEGATIVE, List.of(), List.of("t-inspection"), List.of(), false, null)));
    }
    List<Idea> ideas = new IdeaBuilder(CONFIG.ideas(), CONFIG.input())
        .build(evidence, discovered).ideas();
    assertEquals(List.of("Fix inspection problems"), ideas.stream().map(Idea::title).toList());
  }
  @Test
  void aDiscoveredGrievanceImpliesNoIdeaButAProcessDoes() {
    // Three discovered acts, each made from a verb the corpus uses with an object: "violation"
    // is a verdict on a wrong, "dispute" the customer's recourse, "modification" a process the
    // company runs. Only the process names something to hand over.
    ThemeCatalog discovered = new ThemeCatalog(List.of(
        discoveredTheme("t-violation", "violation"), discoveredTheme("t-dispute", "dispute"),
        discoveredTheme("t-modification", "modification")));
    IdeaCollector evidence = new IdeaCollector(CONFIG.ideas(), new TrendWindow(END, 14));
    for (int i = 0; i < 5; i++) {
      evidence.add(comment("g" + i, daysAgo(2), null,
          new Sentence(0, "They violated the law and I disputed the charge.",
              tokens("They/they/PRP violated/violate/VBD the/the/DT law/law/NN and/and/CC "
                  + "I/I/PRP disputed/dispute/VBD the/the/DT charge/charge/NN"), -0.8,
              SentimentLabel.NEGATIVE, List.of(), List.of("t-violation", "t-dispute"), List.of(),
              false, null),
          modification(1)));
    }
    List<Idea> ideas = new IdeaBuilder(CONFIG.ideas(), CONFIG.input())
        .build(evidence, discovered).ideas();
    assertEquals(List.of("Fix modification problems"), ideas.stream().map(Idea::title).toList());
  }

  @Test
  void aDiscoveredActDoneToAnythingImpliesNoIdea() {
    // "access" is done to something, but to anything at all: it names no process to hand over.
    ThemeCatalog discovered = new ThemeCatalog(List.of(discoveredTheme("t-access", "access"),
        discoveredTheme("t-modification", "modification")));
    String[] things = {"account", "site", "fund", "card", "statement", "app", "portal", "record"};
    IdeaCollector evidence = new IdeaCollector(CONFIG.ideas(), new TrendWindow(END, 14));
    for (int i = 0; i < 24; i++) {
      String thing = things[i % things.length];
      evidence.add(comment("a" + i, daysAgo(2), null,
          new Sentence(0, "I could not access my " + thing + ", access denied.",
              tokens("I/I/PRP could/could/MD not/not/RB access/access/VB my/my/PRP$ " + thing
                  + "/" + thing + "/NN"), -0.8, SentimentLabel.NEGATIVE, List.of(),
              List.of("t-access"), List.of(), false, null),
          modification(1)));
    }
    List<Idea> ideas = new IdeaBuilder(CONFIG.ideas(), CONFIG.input())
        .build(evidence, discovered).ideas();
    assertEquals(List.of("Fix modification problems"), ideas.stream().map(Idea::title).toList());
  }

  @Test
  void aDiscoveredChannelImpliesNoIdea() {
    // "message" is a verb done to few things, like a process, but a message is how the customer
    // heard, not what went wrong.
    ThemeCatalog discovered = new ThemeCatalog(List.of(discoveredTheme("t-message", "message"),
        discoveredTheme("t-modification", "modification")));
    IdeaCollector evidence = new IdeaCollector(CONFIG.ideas(), new TrendWindow(END, 14));
    for (int i = 0; i < 5; i++) {
      evidence.add(comment("m" + i, daysAgo(2), null,
          new Sentence(0, "They messaged me, the message was a disgrace.",
              tokens("They/they/PRP messaged/message/VBD me/me/PRP"), -0.8,
              SentimentLabel.NEGATIVE, List.of(), List.of("t-message"), List.of(), false, null),
          modification(1)));
    }
    List<Idea> ideas = new IdeaBuilder(CONFIG.ideas(), CONFIG.input())
        .build(evidence, discovered).ideas();
    assertEquals(List.of("Fix modification problems"), ideas.stream().map(Idea::title).toList());
  }

  /** A complaint about a modification, told with the verb a process is made from. */
  private static Sentence modification(int index) {
    return new Sentence(index, "They modified my loan, the modification was a disgrace.",
        tokens("They/they/PRP modified/modify/VBD my/my/PRP$ loan/loan/NN"), -0.8,
        SentimentLabel.NEGATIVE, List.of(), List.of("t-modification"), List.of(), false, null);
  }

  private static Theme discoveredTheme(String id, String key) {
    return new Theme(id, key, key, null, Theme.UNASSIGNED, List.of(key), false);
  }

  @Test
  void aChangeAskedLessPreciselyJoinsTheOneItsComplaintsAreToldWith() {
    Theme email = new Theme("t-email", "email", "Email replies", null, "Customer Service",
        List.of("email"), true);
    Theme phone = new Theme("t-phone", "call centre", "Call centre", null, "Customer Service",
        List.of("call centre"), true);
    Theme unanswered = new Theme("t-none", "response not received", "Response not received",
        null, Theme.UNASSIGNED, List.of("response not received"), false);
    ThemeCatalog answers = new ThemeCatalog(List.of(email, phone, unanswered), Map.of(
        "t-email", "Answer emails sooner", "t-phone", "Answer the phone sooner",
        "t-none", "Answer customers sooner"));
    IdeaCollector evidence = new IdeaCollector(CONFIG.ideas(), new TrendWindow(END, 14));
    for (int i = 0; i < 6; i++) {
      // Unanswered emails: both complaints in one comment.
      evidence.add(comment("e" + i, daysAgo(2), null,
          sentence(0, "My emails go unread " + i + ".", -0.8, List.of(), List.of("t-email"),
              false, null),
          sentence(1, "I never got a response " + i + ".", -0.8, List.of(), List.of("t-none"),
              false, null)));
      evidence.add(comment("p" + i, daysAgo(2), null,
          sentence(0, "Nobody picks up the phone " + i + ".", -0.8, List.of(),
              List.of("t-phone"), false, null)));
    }
    for (int i = 0; i < 2; i++) {
      evidence.add(comment("n" + i, daysAgo(2), null,
          sentence(0, "I never got a response " + i + ".", -0.8, List.of(), List.of("t-none"),
              false, null)));
    }
    IdeaBuilder.Result result = new IdeaBuilder(CONFIG.ideas(), CONFIG.input())
        .build(evidence, answers);
    assertEquals(List.of("Answer emails sooner", "Answer the phone sooner"),
        result.ideas().stream().map(Idea::title).sorted().toList());
    Idea emails = result.ideas().stream().filter(i -> i.themeId().equals("t-email"))
        .findFirst().orElseThrow();
    assertEquals(8, emails.reach(), "6 comments with both complaints count once, plus 2");
    assertEquals(List.of(emails.id()), result.index().ideaIds(comment("x", daysAgo(1), null,
        sentence(0, "Still no response.", -0.9, List.of(), List.of("t-none"), false, null))));
  }

  @Test
  void changesWordedAlikeAreOneIdeaKeptByTheLargerReach() {
    Theme phone = new Theme("t-phone", "call centre", "Call centre", null, "Customer Service",
        List.of("call centre"), true);
    Theme unanswered = new Theme("t-none", "answer not received", "Answer not received",
        null, Theme.UNASSIGNED, List.of("answer not received"), false);
    ThemeCatalog answers = new ThemeCatalog(List.of(phone, unanswered),
        Map.of("t-phone", "Answer the phone sooner", "t-none", "Answer the phone sooner"));
    IdeaCollector evidence = new IdeaCollector(CONFIG.ideas(), new TrendWindow(END, 14));
    for (int i = 0; i < 6; i++) {
      evidence.add(comment("p" + i, daysAgo(2), null,
          sentence(0, "Nobody picks up the phone " + i + ".", -0.8, List.of(),
              List.of("t-phone"), false, null)));
    }
    for (int i = 0; i < 4; i++) {
      evidence.add(comment("n" + i, daysAgo(2), null,
          sentence(0, "My call was never answered " + i + ".", -0.8, List.of(),
              List.of("t-none"), false, null)));
    }
    IdeaBuilder.Result result = new IdeaBuilder(CONFIG.ideas(), CONFIG.input())
        .build(evidence, answers);
    assertEquals(1, result.ideas().size(), "one change, one idea");
    Idea idea = result.ideas().get(0);
    assertEquals("t-phone", idea.themeId());
    assertEquals(10, idea.reach());
    assertEquals(List.of(idea.id()), result.index().ideaIds(comment("x", daysAgo(1), null,
        sentence(0, "Unanswered again.", -0.9, List.of(), List.of("t-none"), false, null))));
  }
}
