package io.verbatim.samples;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/**
 * Chooses topics by how often customers raise them: complaints follow each topic's
 * {@link Trend} over the window, praise and suggestions do not.
 */
final class TopicPicker {

  private final List<Topic> topics;
  private final int days;

  TopicPicker(List<Topic> topics, int days) {
    this.topics = topics;
    this.days = days;
  }

  Topic complaint(int day, Topic exclude, SplittableRandom r) {
    return pick(t -> t.complaintWeight() * t.trend().factor(day, days), exclude, null, r);
  }

  Topic praise(Topic exclude, String preferProduct, SplittableRandom r) {
    return pick(t -> t.praise().isEmpty() ? 0 : t.praiseWeight(), exclude, preferProduct, r);
  }

  Topic suggestion(Topic exclude, SplittableRandom r) {
    return pick(Topic::suggestionWeight, exclude, null, r);
  }

  /** A topic with factual remarks, or null: then the caller uses generic ones. */
  Topic neutral(SplittableRandom r) {
    Topic t = topics.get(r.nextInt(topics.size()));
    return t.neutral().isEmpty() ? null : t;
  }

  private Topic pick(ToDoubleFunction<Topic> weight, Topic exclude, String preferProduct,
                     SplittableRandom r) {
    double[] weights = new double[topics.size()];
    boolean anyPreferred = false;
    for (int i = 0; i < weights.length; i++) {
      Topic t = topics.get(i);
      weights[i] = t == exclude ? 0 : weight.applyAsDouble(t);
      if (preferProduct != null && weights[i] > 0 && t.hasProduct(preferProduct)) {
        anyPreferred = true;
      }
    }
    if (anyPreferred) {
      // Mostly stay on the same product, so "love the app, but the app crashes" outnumbers
      // "love the lounge, but the app crashes".
      for (int i = 0; i < weights.length; i++) {
        if (!topics.get(i).hasProduct(preferProduct)) {
          weights[i] *= 0.35;
        }
      }
    }
    return topics.get(Pick.weighted(weights, r));
  }
}
