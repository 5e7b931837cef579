package io.verbatim.ideas;

import io.verbatim.config.VerbatimConfig;
import io.verbatim.model.Idea;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The order of ideas: highest score first, then larger reach, then id, so equal scores rank the
 * same way every run. Also re-weighs ranked ideas: each stored component is its weight times a
 * 0..1 signal, so other weights give another ranking without running the pipeline again.
 */
public final class IdeaRanking {

  private static final Comparator<Idea> ORDER = Comparator.comparingDouble((Idea i) -> -i.score())
      .thenComparingLong(i -> -i.reach()).thenComparing(Idea::id);

  private IdeaRanking() {
  }

  /** The ideas in ranking order, ranks 1..n. */
  public static List<Idea> ranked(List<Idea> ideas) {
    List<Idea> sorted = new ArrayList<>(ideas);
    sorted.sort(ORDER);
    List<Idea> out = new ArrayList<>(sorted.size());
    for (int i = 0; i < sorted.size(); i++) {
      out.add(sorted.get(i).withRank(i + 1));
    }
    return out;
  }

  /**
   * The ideas scored and ranked with {@code to} instead of the {@code from} weights they were
   * scored with. A component whose old weight was 0 carries no signal, so it stays 0.
   */
  public static List<Idea> reweighted(List<Idea> ideas, VerbatimConfig.Weights from,
                                      VerbatimConfig.Weights to) {
    List<Idea> out = new ArrayList<>(ideas.size());
    for (Idea i : ideas) {
      Idea.ScoreComponents p = i.components();
      Idea.ScoreComponents q = new Idea.ScoreComponents(
          scale(p.reach(), from.reach(), to.reach()),
          scale(p.negativity(), from.negativity(), to.negativity()),
          scale(p.scoreImpact(), from.scoreImpact(), to.scoreImpact()),
          scale(p.trend(), from.trend(), to.trend()));
      out.add(i.withComponents(q));
    }
    return ranked(out);
  }

  private static double scale(double part, double from, double to) {
    return from == 0 ? 0 : part / from * to;
  }
}
