package io.verbatim.annotate;

import io.verbatim.model.AnalyzedComment;
import io.verbatim.model.Sentence;
import io.verbatim.model.Token;
import io.verbatim.sentiment.SentimentTrainer;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The comments at the two ends of the score range ({@link ScoreEnds}) as training examples: each
 * one's sentiment features with its weak label. A mergeable aggregator, so a distributed job can
 * fold its partitions into one on the driver. At most {@value #PER_END} comments per end are
 * kept, those whose id hashes lowest, so the sample is the same however the comments are split
 * into partitions and in whatever order they arrive.
 */
public final class WeakLabels implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Comments kept per end: plenty for a linear model, and bounded driver memory. */
  public static final int PER_END = 10_000;

  private final ScoreEnds ends;
  private final int perEnd;
  private final TreeMap<Long, SentimentTrainer.Example> negative = new TreeMap<>();
  private final TreeMap<Long, SentimentTrainer.Example> positive = new TreeMap<>();
  /** Every scored comment read, by end (not capped): the shares the labels are cut to. */
  private long low;
  private long middle;
  private long high;

  public WeakLabels(ScoreEnds ends) {
    this(ends, PER_END);
  }

  WeakLabels(ScoreEnds ends, int perEnd) {
    this.ends = ends;
    this.perEnd = perEnd;
  }

  /** Adds the comment when it was analysed and its score sits at one end of the range. */
  public WeakLabels add(AnalyzedComment c) {
    Double score = c.comment().score();
    if (score == null || !c.analysed() || c.sentences().isEmpty()) {
      return this;
    }
    int label = ends.weakLabel(score);
    if (label == ScoreEnds.NONE) {
      middle++;
      return this;
    }
    if (label == ScoreEnds.NEGATIVE) {
      low++;
    } else {
      high++;
    }
    TreeMap<Long, SentimentTrainer.Example> kept = label == ScoreEnds.NEGATIVE ? negative : positive;
    long key = hash(c.comment().id());
    if (kept.size() >= perEnd && key >= kept.lastKey()) {
      return this;
    }
    kept.put(key, new SentimentTrainer.Example(ScoreAdaptation.features(c), label));
    trim(kept);
    return this;
  }

  public WeakLabels merge(WeakLabels other) {
    low += other.low;
    middle += other.middle;
    high += other.high;
    negative.putAll(other.negative);
    positive.putAll(other.positive);
    trim(negative);
    trim(positive);
    return this;
  }

  public ScoreEnds ends() {
    return ends;
  }

  public int negatives() {
    return negative.size();
  }

  public int positives() {
    return positive.size();
  }

  /** The share of the scored comments at the low end (all of them, not only those kept). */
  public double lowShare() {
    long all = low + middle + high;
    return all == 0 ? 0 : low / (double) all;
  }

  /** The share of the scored comments at the high end. */
  public double highShare() {
    long all = low + middle + high;
    return all == 0 ? 0 : high / (double) all;
  }

  /** The kept examples, negatives then positives, each in id-hash order (deterministic). */
  public List<SentimentTrainer.Example> examples() {
    List<SentimentTrainer.Example> out = new ArrayList<>(negative.values());
    out.addAll(positive.values());
    return out;
  }

  /** Every token of the comment, as the comment-level model reads it. */
  static List<Token> tokens(AnalyzedComment c) {
    List<Token> all = new ArrayList<>();
    for (Sentence s : c.sentences()) {
      all.addAll(s.tokens());
    }
    return all;
  }

  private void trim(TreeMap<Long, ?> kept) {
    while (kept.size() > perEnd) {
      kept.pollLastEntry();
    }
  }

  private static long hash(String id) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
      long h = 0;
      for (int i = 0; i < 8; i++) {
        h = (h << 8) | (d[i] & 0xff);
      }
      return h;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
  }
}
