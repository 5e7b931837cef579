package io.verbatim.themes;

import static io.verbatim.themes.Fixtures.tokens;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verbatim.model.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

class AspectExtractorTest {

  private final AspectExtractor extractor = new AspectExtractor(Taxonomy.defaults());

  @Test
  void descriptiveModifierMakesASubAspectAndSynonymsFold() {
    List<String> a = extractor.extract(tokens("My/my/PRP$ lost/lose/VBN luggage/luggage/NN "
        + "never/never/RB arrived/arrive/VBD"));
    assertEquals(List.of("lost baggage", "baggage", "baggage not received"), a);
  }

  @Test
  void onlyTheHeadOfACompoundIsFolded() {
    List<String> a = extractor.extract(tokens("the/the/DT luggage/luggage/NN desk/desk/NN"));
    assertTrue(a.contains("luggage service desk"), a.toString());
    assertTrue(a.contains("baggage"), a.toString());
  }

  @Test
  void properNounsAreNotAspectsUnlessTheTaxonomyKnowsThem() {
    List<String> a = extractor.extract(tokens("Madrid/Madrid/NNP had/have/VBD no/no/DT "
        + "Wifi/wifi/NNP"));
    assertEquals(List.of("wifi"), a);
  }

  @Test
  void evaluativeAdjectivesAreNotPartOfTheAspect() {
    List<String> a = extractor.extract(tokens("Great/great/JJ food/food/NN and/and/CC "
        + "rude/rude/JJ staff/staff/NN"));
    assertEquals(List.of("food", "staff"), a);
  }

  @Test
  void compoundsKeepTheirNounsAndGenericNounsAreDropped() {
    List<String> a = extractor.extract(tokens("the/the/DT boarding/boarding/NN pass/pass/NN "
        + "took/take/VBD a/a/DT long/long/JJ time/time/NN"));
    assertTrue(a.contains("boarding pass"), a.toString());
    assertTrue(a.contains("pass"), a.toString());
    assertFalse(a.contains("time"), a.toString());
  }

  @Test
  void setPhrasesAreNotAspects() {
    assertEquals(List.of(), extractor.extract(tokens("Room/room/NN for/for/IN "
        + "improvement/improvement/NN ././.")));
    assertEquals(extractor.extract(tokens("Friendly/friendly/JJ crew/crew/NN")),
        extractor.extract(tokens("Friendly/friendly/JJ crew/crew/NN from/from/IN start/start/NN "
            + "to/to/TO finish/finish/NN")));
    assertTrue(extractor.extract(tokens("The/the/DT room/room/NN was/be/VBD small/small/JJ"))
        .contains("room"), "a room is still a room outside the phrase");
  }

  @Test
  void vegetarianMealBecomesFoodSubAspect() {
    List<String> a = extractor.extract(tokens("more/more/JJR vegetarian/vegetarian/JJ "
        + "meals/meal/NNS"));
    assertEquals(List.of("vegetarian food", "food"), a);
  }

  @Test
  void mentionsGiveTheSpanOfTheNounRunAndExtractListsEachPhraseOnce() {
    List<Token> t = tokens("My/my/PRP$ lost/lose/VBN luggage/luggage/NN was/be/VBD found/find/VBN "
        + "but/but/CC the/the/DT luggage/luggage/NN desk/desk/NN was/be/VBD closed/close/VBN");
    List<io.verbatim.model.AspectMention> mentions = extractor.mentions(t);
    // The modifier belongs to the span only of the phrase that includes it.
    assertTrue(mentions.contains(new io.verbatim.model.AspectMention("lost baggage", 1, 3)),
        mentions.toString());
    assertTrue(mentions.contains(new io.verbatim.model.AspectMention("baggage", 2, 3)),
        mentions.toString());
    assertTrue(mentions.contains(new io.verbatim.model.AspectMention("baggage", 7, 9)),
        mentions.toString());
    assertTrue(mentions.contains(new io.verbatim.model.AspectMention("luggage service desk", 7, 9)),
        mentions.toString());
    assertEquals(mentions.stream().map(io.verbatim.model.AspectMention::phrase).distinct().toList(),
        extractor.extract(t));
  }
}
