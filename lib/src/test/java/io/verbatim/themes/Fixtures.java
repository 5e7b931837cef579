package io.verbatim.themes;

import io.verbatim.model.AnalyzedComment;
import io.verbatim.model.Comment;
import io.verbatim.model.Sentence;
import io.verbatim.model.SentimentLabel;
import io.verbatim.model.Token;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds tagged comments by hand, for tests of the stages after annotation. */
public final class Fixtures {

  private Fixtures() {
  }

  /** Tokens from "word/lemma/POS" triples separated by spaces, e.g. "bags/bag/NNS". */
  public static List<Token> tokens(String spec) {
    List<Token> out = new ArrayList<>();
    for (String t : spec.split(" ")) {
      String[] p = t.split("/");
      out.add(new Token(p[0], p[1], p[2]));
    }
    return out;
  }

  public static Sentence sentence(int index, String text, double score, List<String> aspects,
                                  List<String> themes, boolean suggestion, String action) {
    SentimentLabel label = SentimentLabel.of(score, -0.2, 0.2);
    return new Sentence(index, text, List.of(), score, label, aspects, themes, List.of(),
        suggestion, action);
  }

  /** A suggestion sentence whose tokens are given as in {@link #tokens}. */
  public static Sentence suggestion(int index, String text, double score, List<String> themes,
                                    String action, String tokenSpec) {
    SentimentLabel label = SentimentLabel.of(score, -0.2, 0.2);
    return new Sentence(index, text, tokens(tokenSpec), score, label, List.of(), themes,
        List.of(), true, action);
  }

  public static AnalyzedComment comment(String id, Instant at, Double score, Sentence... s) {
    double mean = 0;
    for (Sentence x : s) {
      mean += x.sentimentScore() / s.length;
    }
    return new AnalyzedComment(new Comment(id, at, "text of " + id, score, Map.of(), "test", 1),
        List.of(s), mean, SentimentLabel.of(mean, -0.2, 0.2));
  }
}
