package io.verbatim.samples;

import java.util.List;

/**
 * Topic-independent phrase banks: openings, connectors, closings, the frames that turn a
 * {@link Topic.Suggestion} into a sentence, and short generic comments. All are {@link Template}s.
 */
final class Phrases {

  private Phrases() {
  }

  /** Frames around an imperative; {act} is the verb phrase, lower case. */
  static final List<String> ACT_FRAMES = List.of(
      "You should {act}.", "Please {act}.", "Please, please {act}.", "Could you {act}?",
      "Can you please {act}?", "Why not {act}?", "I'd suggest you {act}.",
      "My suggestion would be to {act}.", "Suggestion: {act}.", "Maybe {act}?", "{Act}.",
      "{Act}!", "{Act}.", "You need to {act}.", "Northwind needs to {act}.",
      "It would help to {act}.", "Would it be possible to {act}?",
      "I would recommend that you {act}.", "Time to {act}.", "Do yourselves a favour and {act}.",
      "You really ought to {act}.", "Idea: {act}.", "[Honestly, |]just {act}.",
      "How about you {act}?", "Is there any chance you could {act}?");

  /** Frames around a wish clause; {wish} is in the past subjunctive. */
  static final List<String> WISH_FRAMES = List.of(
      "I wish {wish}.", "It would be great if {wish}.", "It would be so much better if {wish}.",
      "Would be nice if {wish}.", "If only {wish}.", "I'd love it if {wish}.",
      "It would make a big difference if {wish}.", "[Really|I] wish {wish}.",
      "It would be ideal if {wish}.");

  /** Standalone openings of a negative comment. */
  static final List<String> COMPLAINT_OPENINGS = List.of(
      "Very disappointed.", "Not happy at all.", "Where do I start.", "Terrible experience.",
      "Absolutely awful.", "What a joke.", "Really poor this time.", "I am so frustrated.",
      "I have never written a review before but here goes.",
      "Honestly the worst trip I've had.", "I've been a loyal customer for {n_years} years.",
      "Flew {route} last {weekday}.", "Travelled with {person} last week.",
      "Disappointing trip [overall|from start to finish].", "Not impressed.",
      "I'm writing to complain.");

  /** Openers glued to the first sentence ("Honestly, the app ..."). */
  static final List<String> COMPLAINT_LEADS = List.of(
      "Honestly,", "Once again,", "Unfortunately,", "Sadly,", "Frankly,", "Yet again,",
      "As usual,", "To be honest,", "Seriously,", "Well,");

  static final List<String> PRAISE_OPENINGS = List.of(
      "What a great trip.", "Just wanted to say thank you.", "Really impressed this time.",
      "Excellent experience overall.", "Brilliant service.",
      "First time flying Northwind and I'll be back.", "Flew {route} last {weekday}.",
      "Travelled with {person} [last week|in {month}].", "Very happy [customer|with the trip].",
      "Great experience from start to finish.");

  static final List<String> PRAISE_LEADS = List.of(
      "Honestly,", "Genuinely,", "I have to say,", "Must say,", "Credit where it's due,",
      "Wow,");

  /** Sentences that add more of the same ("Also, the food was cold."). */
  static final List<String> ADD_CONNECTORS = List.of(
      "Also,", "On top of that,", "And", "Plus", "What's more,", "Oh and", "Also");

  /** Only between problems. */
  static final List<String> WORSE_CONNECTORS = List.of(
      "To make it worse,", "Not to mention that", "And then", "Then", "Worse still,",
      "To top it all off,");

  /** Turn from praise to a problem. */
  static final List<String> CONTRAST_CONNECTORS = List.of(
      "But", "However,", "That said,", "On the other hand,", "Unfortunately", "Shame that",
      "The only downside:", "Only complaint is that", "Sadly");

  /** Turn from a problem to something that went well. */
  static final List<String> CONCESSION_CONNECTORS = List.of(
      "On the plus side,", "To be fair,", "Still,", "In fairness,", "At least", "That said,");

  /** Follow-ups that fit after any complaint. */
  static final List<String> COMPLAINT_FOLLOW_UPS = List.of(
      "This is the [second|third|fourth] time this has happened.",
      "[Nobody|No one] [could|would] tell [me|us] anything.",
      "I travel with Northwind [every month|all the time|for work] and this is [getting worse|not acceptable].",
      "I have [emailed|written] [twice|three times] and got no reply.",
      "[I'm|I am] a {tier} member and [expected better|this is how you treat me].",
      "[It|This] ruined the start of our [holiday|trip].",
      "[Really|Very] stressful with {person}.");

  static final List<String> COMPLAINT_CLOSINGS = List.of(
      "Not acceptable.", "Sort it out.", "Please sort this out.", "I expect a response.",
      "Will think twice before booking again.", "Never again.", "Really frustrating.",
      "Very poor.", "I want my money back.", "I will be flying with someone else next time.",
      "Do better, Northwind.", "Shocking.", "Awful service.", "Not good enough.");

  static final List<String> PRAISE_CLOSINGS = List.of(
      "Thank you!", "Thanks again.", "Keep it up.", "Will fly again.", "10/10.",
      "Well done Northwind.", "Highly recommend.", "See you next time!",
      "Thanks to everyone involved.", "Great job.", "Happy customer!");

  /** Endings for a comment with good and bad in it. */
  static final List<String> MIXED_CLOSINGS = List.of(
      "Overall okay.", "Mixed feelings.", "Could be better.", "Not bad, not great.",
      "Overall a decent trip.", "Would still fly with you.", "Room for improvement.");

  static final List<String> NEUTRAL_CLOSINGS = List.of("Thanks.", "That's all.", "Cheers.",
      "Thanks for asking.");

  /** Reasons given after a suggestion. */
  static final List<String> SUGGESTION_REASONS = List.of(
      "It would save [everyone|us|me] a lot of [time|hassle].",
      "[Other|Most other] airlines [already do this|have had this for years].",
      "That would [make a huge difference|really help|make me fly with you more].",
      "It's 2026, [after all|come on].", "[Simple|Easy] fix, surely.",
      "[Would|It would] make [life|travelling] so much easier.");

  /** Factual remarks about any trip. */
  static final List<String> NEUTRAL = List.of(
      "Flew {route} [last {weekday}|in {month}|this week].", "Booked [through|on] the website.",
      "Business trip to {city}.", "Holiday with {person}.", "Nothing special to report.",
      "It was [an average|a normal|an ordinary] flight.",
      "[Everything was|It was all] [fine|okay|as expected].", "Standard service, nothing more.",
      "No real complaints.", "[The flight|The trip] was okay[, nothing special|].",
      "Return trip [to|from] {city} with {person}.", "Second time flying with Northwind.",
      "Connecting flight via {airport}.", "Short flight, [not much to say|nothing to add].");

  static final List<String> TERSE_NEGATIVE = List.of(
      "Worst airline ever.", "Never flying Northwind again.", "Really poor service.",
      "Not good enough.", "Very disappointing trip.", "Awful, just awful.");

  static final List<String> TERSE_POSITIVE = List.of(
      "Great flight, thanks!", "All good, thank you.", "Excellent service as always.",
      "Very happy, thanks.", "Smooth trip, no issues.", "Really good experience.",
      "Perfect, no complaints.");

  static final List<String> TERSE_NEUTRAL = List.of(
      "Nothing to add.", "It was fine.", "Okay, nothing special.", "Average flight overall.",
      "No comment really.", "Fine, as expected.");
}
