package io.verbatim.themes;

import io.verbatim.model.AnalyzedComment;
import io.verbatim.model.Sentence;
import io.verbatim.model.SentimentLabel;
import java.io.Serializable;

/**
 * Running figures for a set of comments and sentences (all comments, one theme, one idea):
 * enough to derive share, mean sentiment, negative share, trend and score impact, and mergeable
 * so partial tallies from different partitions add up.
 */
public final class Tally implements Serializable {

  private long comments;
  private long recent;
  private long previous;
  private double scoreSum;
  private long scored;
  private long sentences;
  private double sentimentSum;
  private long analysedComments;
  private double commentSentimentSum;
  private long negativeSentences;

  /** Counts a comment once. */
  public void addComment(AnalyzedComment c, TrendWindow window) {
    comments++;
    switch (window.periodOf(c.comment().createdAt())) {
      case RECENT -> recent++;
      case PREVIOUS -> previous++;
      default -> { }
    }
    if (c.comment().score() != null) {
      scoreSum += c.comment().score();
      scored++;
    }
    if (c.sentimentLabel() != null) {
      analysedComments++;
      commentSentimentSum += c.sentimentScore();
    }
  }

  public void addSentence(Sentence s) {
    addMention(s.sentimentScore(), s.sentimentLabel() == SentimentLabel.NEGATIVE);
  }

  /**
   * Counts one sentence by a score of its own choosing: a theme's figures use the sentiment of
   * the part of the sentence that names the theme.
   */
  public void addMention(double score, boolean negative) {
    sentences++;
    sentimentSum += score;
    if (negative) {
      negativeSentences++;
    }
  }

  public Tally merge(Tally o) {
    comments += o.comments;
    recent += o.recent;
    previous += o.previous;
    scoreSum += o.scoreSum;
    scored += o.scored;
    sentences += o.sentences;
    sentimentSum += o.sentimentSum;
    analysedComments += o.analysedComments;
    commentSentimentSum += o.commentSentimentSum;
    negativeSentences += o.negativeSentences;
    return this;
  }

  public long comments() {
    return comments;
  }

  public long sentences() {
    return sentences;
  }

  public double sentimentMean() {
    return sentences == 0 ? 0 : sentimentSum / sentences;
  }

  /**
   * Mean whole-comment sentiment of the analysed comments counted: how the customers behind a
   * set of sentences feel overall, not just in the sentences themselves.
   */
  public double commentSentimentMean() {
    return analysedComments == 0 ? 0 : commentSentimentSum / analysedComments;
  }

  public double negativeShare() {
    return sentences == 0 ? 0 : (double) negativeSentences / sentences;
  }

  public long recent() {
    return recent;
  }

  public long previous() {
    return previous;
  }

  /** Share in the recent window minus share in the previous one; null when either is empty. */
  public Double trendAgainst(Tally all) {
    if (all.recent == 0 || all.previous == 0) {
      return null;
    }
    return (double) recent / all.recent - (double) previous / all.previous;
  }

  /**
   * Mean score of these comments minus the mean of all the others; null without scores on
   * either side.
   */
  public Double scoreImpactAgainst(Tally all) {
    long others = all.scored - scored;
    if (scored == 0 || others == 0) {
      return null;
    }
    return scoreSum / scored - (all.scoreSum - scoreSum) / others;
  }
}
