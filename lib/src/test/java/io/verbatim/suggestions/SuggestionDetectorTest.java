package io.verbatim.suggestions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verbatim.model.Sentence;
import io.verbatim.model.SentimentLabel;
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
      Don't forget to bring your own towels.                  | bring your own towels
      It's worth paying a little extra for a sea view.        | pay a little extra for sea view
      There shouldn't be any fees for changing a booking.     | remove fees for changing booking
      It would be great if I could pay by card.               | allow paying by card
      It should work offline.                                 | make it work offline
      There needs to be more seating at the gate.             | add more seating at gate
      I wish the staff were friendlier.                       | make staff friendlier
      They really need to sort out the queues.                | sort out queues
      Merging the two apps would help a lot.                  | merge two apps
      The carpets are in need of replacement.                 | replace carpets
      It would be more natural to sort the reviews by date.   | sort reviews by date
      The price could be lowered for students.                | lower price for students
      I need a way to export my invoices.                     | add way to export my invoices
      Sharing a basket with friends would be a real benefit.  | share basket with friends
      """;

  /**
   * Sentence | kind | tip. Tips to fellow customers and endorsements: SemEval counts them as
   * suggestions, but they ask nothing of the business, so they never become ideas. "-" = no tip.
   */
  private static final String ADVICE = """
      Nice hotel but do not eat at the restaurant.        | ADVICE      | do not eat at restaurant
      Take the night bus back to the centre.              | ADVICE      | take night bus back to centre
      I'd suggest you book a table in advance.            | ADVICE      | book table in advance
      One tip: bring a power adapter.                     | ADVICE      | bring power adapter
      Turn left at the bridge to reach the market.        | ADVICE      | turn left at bridge to reach market
      If you go, ask for a room at the back.              | ADVICE      | ask for room at back
      Make sure you ask for a room with a view.           | ADVICE      | ask for room with view
      The rooms are small, so book a suite if you can.    | ADVICE      | book suite
      I would recommend asking for a room at the back.    | ADVICE      | ask for room at back
      I'd recommend the lamb stew.                        | ADVICE      | try lamb stew
      If you stay here bring earplugs.                    | ADVICE      | bring earplugs
      If you have a car, you can park behind the station. | ADVICE      | park behind station
      Whatever you do, don't order the fish.              | ADVICE      | do not order fish
      You can walk to the beach in five minutes.          | ADVICE      | walk to beach in five minutes
      You can always ask for a fan.                       | ADVICE      | ask for fan
      You'd be better off eating in the old town.         | ADVICE      | eat in old town
      I would book a room facing the garden.              | ADVICE      | book room facing garden
      The museum is well worth a visit.                   | ADVICE      | -
      The night market is a must.                         | ADVICE      | -
      There is a lovely bakery two blocks away.           | ADVICE      | -
      The tram stop is a short walk from the entrance.    | ADVICE      | -
      Expect to queue for breakfast at weekends.          | ADVICE      | expect to queue for breakfast at weekends
      Guests should know that the pool closes at six.     | ADVICE      | know that pool closes at six
      If you like jazz, this is the place for you.        | ENDORSEMENT | -
      Highly recommend!                                   | ENDORSEMENT | -
      I would recommend this hotel to anyone.             | ENDORSEMENT | -
      I would not recommend this place.                   | ENDORSEMENT | -
      We wouldnt hesitate to recommend it.                | ENDORSEMENT | -
      Not recommended.                                    | ENDORSEMENT | -
      There are better options in the area.               | ENDORSEMENT | -
      It is ideal for families with young children.       | ENDORSEMENT | -
      """;

  /** Complaints, praise, information questions, regrets: none asks for a change. */
  private static final String NOT_SUGGESTIONS = """
      Thank you!
      Must say, boarding was quick.
      Thanks for the quick reply.
      Keep up the good work.
      Keep it up!
      Love the new design.
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
      When you click the icon, the app crashes.
      There was a lovely cafe next door.
      You will get an error if the file is missing.
      You can't open the file.
      The suggestion was ignored.
      It was ideal for us.
      There is no option to change it.
      The guide recommended a restaurant.
      It could be caused by the update.
      If you were to cancel, the fee would be high.
      The hotel is in the old town.
      """;

  static Stream<Arguments> suggestions() {
    return SUGGESTIONS.lines().map(l -> l.split("\\|"))
        .map(p -> Arguments.of(p[0].strip(), p[1].strip()));
  }

  static Stream<Arguments> advice() {
    return ADVICE.lines().map(l -> l.split("\\|"))
        .map(p -> Arguments.of(p[0].strip(), Suggestion.Kind.valueOf(p[1].strip()),
            p[2].strip().equals("-") ? null : p[2].strip()));
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
  @MethodSource("advice")
  void tellsAdviceToOtherCustomersFromChanges(String sentence, Suggestion.Kind kind,
                                              String tip) {
    Suggestion s = detect(sentence);
    assertEquals(kind, s.kind(), () -> "cue " + s.cue() + " [" + s.action() + "]");
    assertFalse(s.suggestion(), "advice and endorsements are not changes");
    assertTrue(s.anyKind(), "SemEval counts advice and endorsements as suggestions");
    assertEquals(tip, s.action());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("notSuggestions")
  void leavesOtherSentencesAlone(String sentence) {
    Suggestion s = detect(sentence);
    assertEquals(Suggestion.Kind.NONE, s.kind(),
        () -> "flagged as " + s.cue() + " [" + s.action() + "]");
    assertFalse(s.suggestion());
    assertNull(s.action());
    assertNull(s.cue());
  }

  /**
   * Informal spelling | the same sentence written out: both must get the same verdict and
   * action. Contractions without apostrophes, text-speak, curly apostrophes, capitals, no
   * final punctuation.
   */
  private static final String INFORMAL = """
      u should add a vegan menu                 | You should add a vegan menu.
      pls add more parking                      | Please add more parking.
      plz fix the app                           | Please fix the app.
      you shouldnt charge for wifi              | You shouldn't charge for wifi.
      id like to see more vegan options         | I'd like to see more vegan options.
      so id love it if u added a gym            | So I'd love it if you added a gym.
      could u add a search box                  | Could you add a search box?
      why dont you add a search box             | Why don't you add a search box?
      youd be better off taking a taxi          | You'd be better off taking a taxi.
      its worth a visit                         | It's worth a visit.
      i’d recommend this hotel                  | I'd recommend this hotel.
      id recommend the seafood                  | I'd recommend the seafood.
      if u stay here bring earplugs             | If you stay here bring earplugs.
      YOU SHOULD ADD MORE STAFF                 | You should add more staff.
      WHY NOT ADD A SEARCH BOX                  | Why not add a search box?
      I'D RECOMMEND THE SEAFOOD                 | I'd recommend the seafood.
      DON'T CHARGE FOR TOWELS                   | Don't charge for towels.
      THE LOBBY SHOULD HAVE MORE SEATS          | The lobby should have more seats.
      """;

  /** Informal sentences that ask for nothing, some with words that look like contractions. */
  private static final String INFORMAL_NOT_SUGGESTIONS = """
      i dont know why
      ill be back
      ill never come back
      the staff were ill
      my id doesnt work
      id and password are required
      im in room 12
      its own pool is tiny
      its only drawback is the price
      i cant believe it
      i wont be back
      i didnt know that
      i couldnt find the lift
      i would of liked more towels
      YOU SHOULD HAVE SEEN THE QUEUE
      THE STAFF WERE RUDE
      u guys rock
      thx for the help
      can i change my seat
      could u tell me the opening hours
      """;

  static Stream<Arguments> informal() {
    return INFORMAL.lines().map(l -> l.split("\\|"))
        .map(p -> Arguments.of(p[0].strip(), p[1].strip()));
  }

  static Stream<String> informalNotSuggestions() {
    return INFORMAL_NOT_SUGGESTIONS.lines().map(String::strip);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("informal")
  void readsInformalSpellingLikeTheSentenceWrittenOut(String informal, String standard) {
    Suggestion expected = detect(standard);
    assertTrue(expected.anyKind(), () -> "the written-out sentence is not flagged: " + standard);
    assertEquals(expected, detect(informal));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("informalNotSuggestions")
  void leavesInformalSentencesThatAskNothingAlone(String sentence) {
    leavesOtherSentencesAlone(sentence);
  }

  @Test
  void enoughExamplesOnBothSides() {
    assertTrue(suggestions().count() >= 25);
    assertTrue(advice().count() >= 20);
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
    assertEquals(Cue.ENDORSE, detect("We highly recommend this hotel.").cue());
    assertEquals(Cue.NEARBY, detect("There is a cheap cafe next door.").cue());
    assertEquals(Cue.READER, detect("You can walk to the harbour.").cue());
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
  void theStageFlagsChangesButNotAdviceSoAdviceNeverBecomesAnIdea() {
    SuggestionStage stage = new SuggestionStage();
    Sentence change = stage.process(annotated("Please add a vegan menu."));
    assertTrue(change.suggestion());
    assertEquals("add vegan menu", change.action());
    Sentence advice = stage.process(annotated("If you go, ask for a room at the back."));
    assertFalse(advice.suggestion());
    assertNull(advice.action());
  }

  private static Sentence annotated(String text) {
    return Sentence.annotated(0, text, nlp.tokens(text), 0, SentimentLabel.NEUTRAL);
  }

  @Test
  void aLabelledSuggestionCountsWithoutAnAction() {
    Suggestion s = detect("Just a suggestion: the lobby music is too loud.");
    assertTrue(s.suggestion());
    assertEquals(Cue.SUGGEST, s.cue());
    assertNull(s.action());
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
