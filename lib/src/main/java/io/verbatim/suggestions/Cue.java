package io.verbatim.suggestions;

/** The rule that recognised a suggestion, kept so every flagged sentence can be explained. */
public enum Cue {
  /** Explicit request: "please add ...", "can/could/would you ...". */
  REQUEST,
  /** A verb of advising: "I suggest ...", "I'd recommend booking ...", "my suggestion is ...". */
  SUGGEST,
  /** A modal of obligation: "you should ...", "they need to ...", "X could be better". */
  MODAL,
  /** Something is lacking: "the room needs updating", "there needs to be ...". */
  NEED,
  /** "I wish ...", "if only ...", "I hope you will ...". */
  WISH,
  /** "It would be great if ...", "would love to see ...", "X would be nice", "it's best to ...". */
  DESIRABILITY,
  /** "Why not ...?", "why don't you ...?". */
  WHY_NOT,
  /** "Consider adding ...", "you should consider ...". */
  CONSIDER,
  /** "How about ...?", "what about adding ...?". */
  HOW_ABOUT,
  /** A clause that starts with a base-form verb: "Bring back free snacks!". */
  IMPERATIVE,
  /** An endorsement or a warning: "I'd recommend this hotel", "not recommended". */
  ENDORSE,
  /** What is close by, told as a tip: "there is a cheap cafe next door". */
  NEARBY,
  /**
   * Addressed to fellow customers: "if you want quiet, this inn is the spot for you", "you can walk
   * to the beach", "it is worth a visit".
   */
  READER;

  /** Lower-case name for reports and logs ("how_about"). */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
