package io.verbatim.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verbatim.model.Token;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ServiceFailureTest {

  /** Tokens as the sentiment path has them: word forms, no tags. */
  static List<Token> tokens(String text) {
    return Arrays.stream(text.split(" "))
        .map(w -> new Token(w, w.toLowerCase(Locale.ROOT), "")).toList();
  }

  private static ServiceFailure.Event only(String text) {
    List<ServiceFailure.Event> events = ServiceFailure.in(tokens(text));
    assertEquals(1, events.size(), text + ": " + events);
    return events.get(0);
  }

  @Test
  void failedEventsGiveTheirVerbAndObject() {
    assertEquals(new ServiceFailure.Event("lose", "bag", 1, 2), only("They lost my bag ."));
    ServiceFailure.Event cancelled = only("My flight was cancelled again .");
    assertEquals("cancel", cancelled.verb());
    assertEquals("flight", cancelled.object());
    assertEquals("delay", only("Flight delayed 3 hrs and no word").verb());
    ServiceFailure.Event never = only("My order never arrived .");
    assertEquals("arrive", never.verb());
    assertEquals("order", never.object());
    assertEquals("receive", only("I did n't receive my refund").verb());
    assertEquals("refund", only("I did n't receive my refund").object());
    assertEquals("arrive", only("The package has yet to arrive").verb());
    assertEquals("call", only("no one called me back").verb());
  }

  @Test
  void waitingMissingRepliesAndDoubleCharges() {
    assertEquals("wait", only("on hold for 2 hours").verb());
    assertEquals("wait", only("still waiting for a refund").verb());
    assertEquals("wait", only("we waited 45 minutes for a table").verb());
    assertEquals("charge", only("I was charged twice for one ticket").verb());
    assertEquals("reply", only("three emails and no reply").verb());
  }

  @Test
  void conditionsRequestsNegationsAndPlainFactsAreNotFailures() {
    for (String text : List.of("If my flight is cancelled , can I get a refund ?",
        "Please cancel my subscription .", "I want to cancel my order", "The parcel arrived on time",
        "I was not charged for the bag", "I lost weight and it still fits",
        "Can you tell me when my order will arrive ?", "I cancelled .")) {
      assertFalse(ServiceFailure.any(tokens(text)), text);
    }
    assertTrue(ServiceFailure.any(tokens("Why has my order not arrived yet ?")));
    assertEquals("flight", only("Why was my flight cancelled without notice ?").object());
  }
}
