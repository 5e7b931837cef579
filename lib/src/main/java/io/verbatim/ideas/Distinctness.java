package io.verbatim.ideas;

import io.verbatim.themes.ThemeCatalog;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * How much the customers behind an idea tell a story of their own: the relative entropy
 * (Kullback-Leibler divergence, in nats) of what else their comments are about (their theme
 * mentions outside the idea's own theme) from what the whole corpus is about. "Answer the phone
 * sooner" is said inside every kind of complaint, so its customers talk about the same things as
 * everyone else (near 0); "a foreclosure" comes with its own mortgage, home and payment story
 * (high). Times the reach it is, up to the mentions per comment, half the log-likelihood
 * statistic (Dunning's G²) of the idea's comments against the corpus: how much evidence they give
 * that the idea is a problem of its own rather than a part of every complaint.
 *
 * <p>A handful of comments always look distinct, so the idea's profile is shrunk toward the
 * corpus's by {@link #PSEUDO_COMMENTS} comments' worth of mentions drawn from the corpus (a
 * Dirichlet prior): a small group must differ a lot, a large one only a little, to count.
 */
final class Distinctness {

  /**
   * Comments' worth of corpus mentions the idea's profile is shrunk with: a group of 30
   * comments counts half as distinct as it looks, one of 300 nearly fully. Chosen on the CFPB dev
   * parts (in-sample; labels read only to score): 3, 10 and 30 put the same labels at the top
   * (3 of the 6 largest products), 30 with more complaints behind the top ten (37% against 32%);
   * at 100 reach decides again (2 of 6).
   */
  static final double PSEUDO_COMMENTS = 30;

  private Distinctness() {
  }

  /**
   * How distinct the idea's customers are, read from the top-level themes their comments name
   * outside the idea's own top-level theme: the 20 or so top-level themes are what a manager
   * reads, and a profile that short stays steady on groups of a few dozen comments.
   *
   * @param group comments naming each theme among the idea's evidence comments
   * @param corpus comments naming each theme in the corpus
   * @param comments comments in the corpus
   * @param themeId the idea's theme, null for none
   */
  static double ofIdea(Map<String, Long> group, Map<String, Long> corpus, long comments,
                       String themeId, ThemeCatalog catalog) {
    Set<String> own = themeId == null ? Set.of() : Set.of(catalog.hierarchy().root(themeId));
    return of(byTopLevel(group, catalog), byTopLevel(corpus, catalog), comments, own);
  }

  private static Map<String, Long> byTopLevel(Map<String, Long> counts, ThemeCatalog catalog) {
    Map<String, Long> out = new HashMap<>();
    counts.forEach((id, n) -> out.merge(catalog.hierarchy().root(id), n, Long::sum));
    return out;
  }

  /**
   * @param group mentions of each theme among the idea's evidence comments
   * @param corpus mentions of each theme among all comments
   * @param comments comments in the corpus
   * @param own the idea's own themes, left out of both profiles
   * @return the divergence, 0 when either profile is empty
   */
  static double of(Map<String, Long> group, Map<String, Long> corpus, long comments,
                   Set<String> own) {
    long groupTotal = total(group, own);
    long corpusTotal = total(corpus, own);
    if (groupTotal == 0 || corpusTotal == 0 || comments == 0) {
      return 0;
    }
    double prior = PSEUDO_COMMENTS * total(corpus, Set.of()) / (double) comments;
    double d = 0;
    for (Map.Entry<String, Long> e : corpus.entrySet()) {
      if (own.contains(e.getKey()) || e.getValue() == 0) {
        continue;
      }
      double q = e.getValue() / (double) corpusTotal;
      double p = (group.getOrDefault(e.getKey(), 0L) + prior * q) / (groupTotal + prior);
      d += p * Math.log(p / q);
    }
    return Math.max(0, d);
  }

  private static long total(Map<String, Long> counts, Set<String> own) {
    return counts.entrySet().stream().filter(e -> !own.contains(e.getKey()))
        .mapToLong(Map.Entry::getValue).sum();
  }
}
