package io.verbatim.suggestions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verbatim.model.Token;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SuggestionDetectorTest {

  private static CoreNlpTokens nlp;
  private final SuggestionDetector detector = new SuggestionDetector();

  @BeforeAll
  static void loadTagger() {
    nlp = new CoreNlpTokens();
  }

  /** Sentence | expected action. Articles are dropped from actions (headline style). */
  private static final String SUGGESTIONS = """
      You should add wifi on planes.                          | add wifi on planes
      It would be great if you extended the opening hours.    | extend opening hours
      I wish there were more vegetarian meals.                | add more vegetarian meals
      Please make the app work offline.                       | make app work offline
      The seats should be wider.                              | make seats wider
      Refunds need to be faster.                              | make refunds faster
      Bring back free snacks!                                 | bring back free snacks
      Could you please add a vegan option to the menu?        | add vegan option to menu
      Can you make the checkout faster?                       | make checkout faster
      I'd like you to offer a student discount.               | offer student discount
      They need to hire more staff at weekends.               | hire more staff at weekends
      It should be easier to cancel a booking.                | make it easier to cancel booking
      The app should be updated more often.                   | update app more often
      I hope you will bring back the old menu.                | bring back old menu
      Why not offer free parking?                             | offer free parking
      Why don't you open a branch in Leeds?                   | open branch in leeds
      Consider adding a night bus.                            | add night bus
      How about adding more charging points?                  | add more charging points
      Would love to see more gluten-free options.             | add more gluten-free options
      It would be nice to have a kettle in the room.          | add kettle in room
      There should be more buses in the evening.              | add more buses in evening
      Free wifi would be nice.                                | add free wifi
      Don't charge extra for hand luggage.                    | do not charge extra for hand luggage
      Just let us choose our seats online.                    | let us choose our seats online
      The staff should be more polite.                        | make staff more polite
      I suggest adding a loyalty programme.                   | add loyalty programme
      My only suggestion would be to extend the breakfast hours. | extend breakfast hours
      The website needs a makeover.                           | revamp website
      The bathroom needs updating.                            | update bathroom
      Also, please reduce the queues at security.             | reduce queues at security
      I would like to be able to pay with PayPal.             | allow paying with paypal
      If you go, ask for a room at the back.                  | ask for room at back
      The food could be better.                               | improve food
      You might want to rethink the pricing.                  | rethink pricing
      It would be better if the trains ran on time.           | make trains run on time
      Keep the pool open later.                               | keep pool open later
      Users should be able to export their data.              | allow users to export their data
      The menu should include more vegetarian dishes.         | include more vegetarian dishes
      Hopefully they will fix the air conditioning.           | fix air conditioning
      Please don't remove the free breakfast.                 | do not remove free breakfast
      The rooms should have kettles.                          | add kettles to rooms
      Update the app so it stops crashing.                    | update app
      We should be able to change our seats online.           | allow changing our seats online
      Make sure you ask for a room with a view.               | ask for room with view
      Don't forget to bring your own towels.                  | bring your own towels
      It's worth paying a little extra for a sea view.        | pay a little extra for sea view
      The rooms are small, so book a suite if you can.        | book suite
      Nice hotel but do not eat at the restaurant.            | do not eat at restaurant
      I would recommend asking for a room at the back.        | ask for room at back
      There shouldn't be any fees for changing a booking.     | remove fees for changing booking
      It would be great if I could pay by card.               | allow paying by card
      It should work offline.                                 | make it work offline
      There needs to be more seating at the gate.             | add more seating at gate
      I wish the staff were friendlier.                       | make staff friendlier
      They really need to sort out the queues.                | sort out queues
      Merging the two apps would help a lot.                  | merge two apps
      """;

  /** Complaints, praise, information questions, regrets: none asks for a change. */
  private static final String NOT_SUGGESTIONS = """
      Thank you!
      Must say, boarding was quick.
      Thanks for the quick reply.
      Keep up the good work.
      Keep it up!
      Love the new design.
      Highly recommend!
      I would recommend this hotel to anyone.
      I'd love to come back next year.
      Have a nice day!
      I should have been told about the delay.
      The flight should have left at 9.
      It should have been cheaper.
      We should have booked earlier.
      I wish I had known about the fees.
      You should have seen the queue!
      It must have been a mistake.
      The room was fine but the wifi could have been faster.
      Can I change my seat?
      Is there a way to change my booking online?
      Could you tell me when my refund will arrive?
      Do you offer student discounts?
      Why is the app so slow?
      What time does the pool open?
      Let me know if you need more details.
      I would like a refund.
      I need to change my flight.
      The staff were rude and the room was dirty.
      The breakfast was excellent.
      We waited two hours for our luggage.
      The app keeps crashing when I open it.
      Check in was quick and easy.
      Great service, friendly staff.
      Nothing could be better.
      This should help a lot.
      If you need anything, the staff are happy to help.
      The manager said we should leave.
      The driver told us to wait outside.
      You can walk to the beach in five minutes.
      Would definitely stay here again.
      Can't wait to come back!
      Please note that I have been a customer for ten years.
      I hope you enjoy your stay.
      The food was as good as it should be.
      Everything went as it should.
      I can't believe how slow the service was.
      You have to pay for wifi.
      The only thing is that the rooms are small.
      Why doesn't the app work offline?
      Why can't I pay by card?
      The old layout was much better.
      """;

  static Stream<Arguments> suggestions() {
    return SUGGESTIONS.lines().map(l -> l.split("\\|"))
        .map(p -> Arguments.of(p[0].strip(), p[1].strip()));
  }

  static Stream<String> notSuggestions() {
    return NOT_SUGGESTIONS.lines().map(String::strip);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("suggestions")
  void flagsSuggestionsWithTheirAction(String sentence, String action) {
    Suggestion s = detect(sentence);
    assertTrue(s.suggestion(), () -> "not flagged: " + sentence);
    assertEquals(action, s.action());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("notSuggestions")
  void leavesOtherSentencesAlone(String sentence) {
    Suggestion s = detect(sentence);
    assertFalse(s.suggestion(), () -> "flagged as " + s.cue() + " [" + s.action() + "]");
    assertNull(s.action());
    assertNull(s.cue());
  }

  @Test
  void enoughExamplesOnBothSides() {
    assertTrue(suggestions().count() >= 25);
    assertTrue(notSuggestions().count() >= 25);
  }

  @Test
  void reportsTheRuleThatFired() {
    assertEquals(Cue.REQUEST, detect("Could you add a vegan menu?").cue());
    assertEquals(Cue.REQUEST, detect("Please add a vegan menu.").cue());
    assertEquals(Cue.SUGGEST, detect("I suggest adding a vegan menu.").cue());
    assertEquals(Cue.MODAL, detect("You should add a vegan menu.").cue());
    assertEquals(Cue.NEED, detect("The menu needs more vegan dishes.").cue());
    assertEquals(Cue.WISH, detect("I wish you had a vegan menu.").cue());
    assertEquals(Cue.DESIRABILITY, detect("A vegan menu would be great.").cue());
    assertEquals(Cue.WHY_NOT, detect("Why not add a vegan menu?").cue());
    assertEquals(Cue.CONSIDER, detect("Please consider adding a vegan menu.").cue());
    assertEquals(Cue.HOW_ABOUT, detect("How about a vegan menu?").cue());
    assertEquals(Cue.IMPERATIVE, detect("Add a vegan menu.").cue());
  }

  @Test
  void theSameRequestWordedDifferentlyGetsTheSameKey() {
    String key = ActionKeys.actionKey(detect("You should add a vegan menu.").action());
    assertEquals(key, ActionKeys.actionKey(detect("Please provide a vegan menu!").action()));
    assertEquals(key, ActionKeys.actionKey(detect("A vegan menu would be great.").action()));
    assertEquals(key, ActionKeys.actionKey(detect("I wish there was a vegan menu.").action()));
  }

  @Test
  void aQuestionMarkInTheTextMakesAQuestion() {
    List<Token> tokens = nlp.tokens("You should add wifi");
    assertTrue(detector.detect(tokens, "You should add wifi").suggestion());
    assertFalse(detector.detect(tokens, "You should add wifi?").suggestion());
  }

  @Test
  void emptyAndJunkInputIsNotASuggestion() {
    assertEquals(Suggestion.NONE, detector.detect(List.of()));
    assertEquals(Suggestion.NONE, detector.detect(nlp.tokens("!!! ... ???"), "!!! ... ???"));
    assertEquals(Suggestion.NONE, detector.detect(Arrays.asList(new Token("add", null, null))));
  }

  private Suggestion detect(String sentence) {
    return detector.detect(nlp.tokens(sentence), sentence);
  }
}
