package io.verbatim.themes;

import static io.verbatim.themes.Fixtures.tokens;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verbatim.model.Sentence;
import io.verbatim.model.SentimentLabel;
import io.verbatim.model.Theme;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThemeTaggerTest {

  private static final Theme FOOD = new Theme("t-food", "food", "Food", null, "Kitchen",
      List.of("food"), false);
  private static final Theme SERVICE = new Theme("t-service", "service", "Service", null, "Floor",
      List.of("service"), false);

  private final AspectStage aspects = new AspectStage(Taxonomy.defaults());
  private final ThemeTagger tagger =
      new ThemeTagger(new ThemeCatalog(List.of(FOOD, SERVICE)));

  private Sentence tag(String tokenSpec, double sentenceScore) {
    Sentence s = Sentence.annotated(0, "x", tokens(tokenSpec), sentenceScore,
        SentimentLabel.of(sentenceScore, -0.2, 0.2));
    return tagger.process(aspects.process(s));
  }

  @Test
  void eachThemeTakesThePolarityOfTheClauseThatNamesIt() {
    // Mildly positive as a whole, as a sentence model might score it.
    Sentence s = tag("The/the/DT food/food/NN was/be/VBD great/great/JJ but/but/CC the/the/DT "
        + "service/service/NN was/be/VBD slow/slow/JJ ./././.", 0.1);
    assertEquals(List.of("t-food", "t-service"), s.themeIds());
    assertEquals(2, s.themeSentiments().size());
    assertTrue(s.sentimentFor("t-food") > 0.2, s.toString());
    assertTrue(s.sentimentFor("t-service") < -0.2, s.toString());
    assertEquals(0.1, s.sentimentScore(), 1e-12, "the sentence keeps its own score");
  }

  @Test
  void aThemeNamedTwiceTakesTheMeanOfItsMentions() {
    Sentence once = tag("The/the/DT food/food/NN was/be/VBD great/great/JJ ./././.", 0.5);
    Sentence twice = tag("The/the/DT food/food/NN was/be/VBD great/great/JJ but/but/CC "
        + "the/the/DT food/food/NN at/at/IN lunch/lunch/NN was/be/VBD awful/awful/JJ ./././.",
        0.0);
    assertTrue(once.sentimentFor("t-food") > 0.2, once.toString());
    assertTrue(twice.sentimentFor("t-food") < once.sentimentFor("t-food"), twice.toString());
  }

  @Test
  void aClauseWithNoOpinionOfItsOwnLeavesTheThemeTheSentenceScore() {
    // The theme's own word carries the complaint; its clause says nothing more about it.
    Theme delays = new Theme("t-delay", "delay", "Delays", null, "Operations",
        List.of("delay"), false);
    ThemeTagger withDelays = new ThemeTagger(new ThemeCatalog(List.of(delays)));
    Sentence s = Sentence.annotated(0, "x", tokens("Another/another/DT delay/delay/NN "
        + "today/today/NN ./././."), -0.76, SentimentLabel.NEGATIVE);
    Sentence tagged = withDelays.process(aspects.process(s));
    assertEquals(List.of("t-delay"), tagged.themeIds());
    assertEquals(-0.76, tagged.sentimentFor("t-delay"), 1e-12);
  }

  @Test
  void withoutTokensAThemeFallsBackToTheSentenceScore() {
    Sentence s = Sentence.annotated(0, "x", List.of(), -0.4, SentimentLabel.NEGATIVE)
        .withAspects(List.of("service"));
    Sentence tagged = tagger.process(s);
    assertEquals(List.of("t-service"), tagged.themeIds());
    assertEquals(-0.4, tagged.sentimentFor("t-service"), 1e-12);
  }

  @Test
  void sentencesStoredWithoutThemeSentimentsUseTheSentenceScore() {
    Sentence old = new Sentence(0, "x", List.of(), 0.3, SentimentLabel.POSITIVE, List.of(),
        List.of("t-food"), null, false, null);
    assertEquals(List.of(), old.themeSentiments());
    assertEquals(0.3, old.sentimentFor("t-food"), 1e-12);
    assertEquals(0.3, old.sentimentFor("t-unknown"), 1e-12);
  }

  @Test
  void theTaggerReadsTheSpansTheAspectsStageKept() {
    Sentence s = aspects.process(Sentence.annotated(0, "x", tokens("The/the/DT soup/soup/NN "
        + "was/be/VBD cold/cold/JJ ./././."), -0.5, SentimentLabel.NEGATIVE));
    assertEquals(List.of(new io.verbatim.model.AspectMention("soup", 1, 2)), s.aspectMentions());
    assertEquals(List.of("soup"), s.aspects());
  }
}
