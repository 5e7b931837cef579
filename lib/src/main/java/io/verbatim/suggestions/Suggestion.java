package io.verbatim.suggestions;

import java.io.Serializable;

/**
 * The verdict for one sentence.
 *
 * @param suggestion whether the sentence asks for a change
 * @param action the normalised change asked for ("make seats wider"); null when none or when the
 *     request has no extractable content
 * @param cue the rule that fired; null when the sentence is not a suggestion
 */
public record Suggestion(boolean suggestion, String action, Cue cue) implements Serializable {

  /** The answer for everything that is not a suggestion. */
  public static final Suggestion NONE = new Suggestion(false, null, null);

  public Suggestion {
    if (suggestion && cue == null) {
      throw new IllegalArgumentException("a suggestion needs the cue that found it");
    }
    if (!suggestion && action != null) {
      throw new IllegalArgumentException("only a suggestion has an action");
    }
  }

  static Suggestion of(Cue cue, String action) {
    return new Suggestion(true, action, cue);
  }
}
