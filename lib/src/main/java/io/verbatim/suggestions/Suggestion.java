package io.verbatim.suggestions;

import java.io.Serializable;

/**
 * The verdict for one sentence.
 *
 * <p>Only a {@link Kind#CHANGE} asks the organisation for something, so only it is a
 * {@link #suggestion()}: what the suggestions stage flags and what can become an idea. Tips to
 * fellow customers ({@link Kind#ADVICE}) and endorsements ({@link Kind#ENDORSEMENT}) are
 * recognised as well because SemEval-2019 Task 9 counts them as suggestions ({@link
 * #anyKind()}), but they ask nothing of the organisation.
 *
 * @param kind what the sentence suggests, and to whom
 * @param action the normalised change or tip ("make seats wider", "ask for room at back"); null
 *     when none, when the request has no extractable content, and for endorsements
 * @param cue the rule that fired; null when the sentence suggests nothing (and when only the
 *     learned model found the suggestion)
 * @param score how sure the detector is that the sentence suggests something, 0..1: the model's
 *     probability, or 1 and 0 for the rules alone
 */
public record Suggestion(Kind kind, String action, Cue cue, double score)
    implements Serializable {

  /** What a sentence suggests and to whom. */
  public enum Kind {
    /** Suggests nothing. */
    NONE,
    /** Asks the organisation for a change: "add a vegan menu", "the seats should be wider". */
    CHANGE,
    /**
     * A tip to fellow customers: "if you go, ask for a room at the back", "there is a cheap cafe
     * next door", "you can walk to the beach".
     */
    ADVICE,
    /** Recommends the business or warns against it: "I'd recommend this hotel", "avoid it". */
    ENDORSEMENT
  }

  /** The answer for everything that suggests nothing. */
  public static final Suggestion NONE = new Suggestion(Kind.NONE, null, null, 0);

  /** A verdict of the rules: certain either way. */
  public Suggestion(Kind kind, String action, Cue cue) {
    this(kind, action, cue, kind == Kind.NONE ? 0 : 1);
  }

  public Suggestion {
    if (kind == null) {
      throw new IllegalArgumentException("a verdict needs a kind");
    }
    if (kind == Kind.NONE && (action != null || cue != null)) {
      throw new IllegalArgumentException("only a suggestion has an action and a cue");
    }
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score must be in 0..1: " + score);
    }
  }

  /** Whether the sentence asks the organisation for a change: what may become an idea. */
  public boolean suggestion() {
    return kind == Kind.CHANGE;
  }

  /**
   * Whether the sentence suggests anything to anyone: a change, a tip to other customers or an
   * endorsement. This is SemEval-2019 Task 9's definition of a suggestion.
   */
  public boolean anyKind() {
    return kind != Kind.NONE;
  }

  static Suggestion of(Cue cue, String action) {
    return new Suggestion(Kind.CHANGE, action, cue);
  }

  /** The same finding, told as a tip to other customers rather than a request. */
  Suggestion asAdvice() {
    return kind == Kind.NONE ? this : new Suggestion(Kind.ADVICE, action, cue, score);
  }

  /** The same verdict with the model's probability as its score. */
  Suggestion scored(double probability) {
    return new Suggestion(kind, action, cue, probability);
  }

  /** Lower-case kind for tables ("change"); null when the sentence suggests nothing. */
  public String kindName() {
    return kind == Kind.NONE ? null : kind.name().toLowerCase(java.util.Locale.ROOT);
  }
}
