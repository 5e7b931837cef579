package io.verbatim.labelled;

import java.util.List;

/**
 * A SemEval-2014 Task 4 sentence with its gold aspect terms.
 *
 * @param id the sentence id
 * @param text the sentence
 * @param terms its aspect terms, in document order
 * @param categories its gold aspect categories (restaurants only: food, service, price, ambience,
 *     anecdotes/miscellaneous), in document order; empty when the set has none
 */
public record AspectSentence(String id, String text, List<Term> terms, List<String> categories) {

  public AspectSentence {
    terms = List.copyOf(terms);
    categories = List.copyOf(categories);
  }

  /** A sentence of a set without aspect categories (laptops). */
  public AspectSentence(String id, String text, List<Term> terms) {
    this(id, text, terms, List.of());
  }

  /**
   * One gold aspect term.
   *
   * @param term the words as written
   * @param polarity positive, negative, neutral or conflict
   * @param from character offset of its start in the sentence
   * @param to character offset just past its end
   */
  public record Term(String term, String polarity, int from, int to) {
  }
}
