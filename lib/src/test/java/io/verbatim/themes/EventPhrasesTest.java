package io.verbatim.themes;

import static io.verbatim.themes.Fixtures.tokens;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EventPhrasesTest {

  private final EventPhrases events = new EventPhrases(Taxonomy.empty());
  private final AspectExtractor extractor = new AspectExtractor(Taxonomy.empty());

  private List<String> phrases(String spec) {
    return events.find(tokens(spec)).stream().map(EventPhrases.Found::phrase).toList();
  }

  @Test
  void passiveActiveAndNounReadingsAreOneEvent() {
    assertEquals(List.of("cancelled flight"), phrases(
        "my/my/PRP$ flight/flight/NN got/get/VBD cancelled/cancel/VBN"));
    assertEquals(List.of("cancelled flight"), phrases(
        "they/they/PRP cancelled/cancel/VBD my/my/PRP$ flight/flight/NN"));
    assertEquals(List.of("cancelled flight"), phrases(
        "my/my/PRP$ flight/flight/NN to/to/TO Boston/Boston/NNP was/be/VBD "
            + "canceled/cancel/VBN"));
    // The noun reading comes from the aspect extractor, with the event's spelling.
    assertTrue(extractor.extract(tokens("a/a/DT canceled/cancel/VBN flight/flight/NN"))
        .contains("cancelled flight"));
  }

  @Test
  void thingsThatNeverHappenedNameTheirObject() {
    assertEquals(List.of("refund not received"), phrases(
        "my/my/PRP$ refund/refund/NN never/never/RB arrived/arrive/VBD"));
    assertEquals(List.of("refund not received"), phrases(
        "I/I/PRP did/do/VBD not/not/RB receive/receive/VB my/my/PRP$ refund/refund/NN"));
    assertEquals(List.of("refund not received"), phrases(
        "still/still/RB waiting/wait/VBG for/for/IN my/my/PRP$ refund/refund/NN"));
    // Without a negation nothing failed.
    assertEquals(List.of(), phrases("I/I/PRP received/receive/VBD my/my/PRP$ refund/refund/NN"));
  }

  @Test
  void repeatsWaitsAndBareFailures() {
    assertEquals(List.of("double charge"), phrases(
        "they/they/PRP charged/charge/VBD me/me/PRP twice/twice/RB"));
    assertEquals(List.of("wait time"), phrases(
        "kept/keep/VBD on/on/IN hold/hold/VBN for/for/IN an/a/DT hour/hour/NN"));
    assertEquals(List.of("wait time"), phrases("still/still/RB waiting/wait/VBG ././."));
    assertEquals(List.of("cancellation"), phrases("it/it/PRP was/be/VBD cancelled/cancel/VBN"));
    assertEquals(List.of("lost bag"), phrases(
        "they/they/PRP lost/lose/VBD my/my/PRP$ bag/bag/NN"));
    assertEquals(List.of(), phrases(
        "they/they/PRP did/do/VBD n't/not/RB cancel/cancel/VB the/the/DT flight/flight/NN"));
  }

  @Test
  void eventsFoldTheirObjectThroughTheTaxonomy() {
    EventPhrases withTaxonomy = new EventPhrases(Taxonomy.defaults());
    assertEquals("lost baggage", withTaxonomy.find(tokens(
        "they/they/PRP lost/lose/VBD my/my/PRP$ luggage/luggage/NN")).get(0).phrase());
  }

  @Test
  void changesNameTheObject() {
    assertEquals(Optional.of("Reduce flight cancellations"),
        EventPhrases.changeFor("cancelled flight"));
    assertEquals(Optional.of("Reduce cancellations"), EventPhrases.changeFor("cancellation"));
    assertEquals(Optional.of("Deliver refund on time"),
        EventPhrases.changeFor("refund not received"));
    assertEquals(Optional.of("Answer customers sooner"),
        EventPhrases.changeFor("response not received"));
    assertEquals(Optional.of("Stop double charges"), EventPhrases.changeFor("double charge"));
    assertEquals(Optional.empty(), EventPhrases.changeFor("seat"));
  }
}
