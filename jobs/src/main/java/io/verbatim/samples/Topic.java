package io.verbatim.samples;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One thing customers write about (lost baggage, app crashes, refunds, ...) with the function
 * that owns it and its phrase banks. Phrases are {@link Template}s.
 *
 * @param id short stable id ("baggage")
 * @param owner back-end function responsible for fixing it, as named in the default taxonomy
 * @param products products the comments are filed under
 * @param productWeights relative weight of each product
 * @param complaintWeight how often it is complained about, relative to the other topics
 * @param praiseWeight how often it is praised
 * @param suggestionWeight how often a change is asked for
 * @param trend how its complaint share moves over time
 * @param complaints one negative sentence each
 * @param details supporting negative sentences that only make sense after a complaint
 * @param praise one positive sentence each
 * @param suggestions changes customers ask for
 * @param neutral factual, neither positive nor negative
 * @param terseNegative very short negative comments (3-6 words)
 * @param tersePositive very short positive comments
 * @param notes what a call-centre agent writes in the case note ("double charge on booking")
 */
record Topic(String id, String owner, List<String> products, double[] productWeights,
             double complaintWeight, double praiseWeight, double suggestionWeight, Trend trend,
             List<String> complaints, List<String> details, List<String> praise,
             List<Suggestion> suggestions, List<String> neutral, List<String> terseNegative,
             List<String> tersePositive, List<String> notes) {

  /**
   * A change customers ask for, in two grammatical shapes so it can be framed many ways.
   *
   * @param act an imperative verb phrase, lower case: "add wifi on planes"
   * @param wish the same as a past-subjunctive clause: "there was wifi on planes"; used after
   *     "I wish" and "It would be great if"
   */
  record Suggestion(String act, String wish) {
  }

  String product(SplittableRandom r) {
    return products.get(Pick.weighted(productWeights, r));
  }

  boolean hasProduct(String product) {
    return products.contains(product);
  }

  static Builder builder(String id, String owner) {
    return new Builder(id, owner);
  }

  /** Reads like the catalogue it builds; every list is optional except complaints. */
  static final class Builder {
    private final String id;
    private final String owner;
    private final List<String> products = new ArrayList<>();
    private final List<Double> productWeights = new ArrayList<>();
    private double complaintWeight = 1;
    private double praiseWeight = 1;
    private double suggestionWeight = 1;
    private Trend trend = Trend.STEADY;
    private List<String> complaints = List.of();
    private List<String> details = List.of();
    private List<String> praise = List.of();
    private final List<Suggestion> suggestions = new ArrayList<>();
    private List<String> neutral = List.of();
    private List<String> terseNegative = List.of();
    private List<String> tersePositive = List.of();
    private List<String> notes = List.of();

    private Builder(String id, String owner) {
      this.id = id;
      this.owner = owner;
    }

    Builder product(String product, double weight) {
      products.add(product);
      productWeights.add(weight);
      return this;
    }

    Builder weights(double complaint, double praiseW, double suggestion) {
      this.complaintWeight = complaint;
      this.praiseWeight = praiseW;
      this.suggestionWeight = suggestion;
      return this;
    }

    Builder trend(Trend t) {
      this.trend = t;
      return this;
    }

    Builder complaints(String... phrases) {
      this.complaints = List.of(phrases);
      return this;
    }

    Builder details(String... phrases) {
      this.details = List.of(phrases);
      return this;
    }

    Builder praise(String... phrases) {
      this.praise = List.of(phrases);
      return this;
    }

    Builder suggest(String act, String wish) {
      suggestions.add(new Suggestion(act, wish));
      return this;
    }

    Builder neutral(String... phrases) {
      this.neutral = List.of(phrases);
      return this;
    }

    Builder terse(List<String> negative, List<String> positive) {
      this.terseNegative = negative;
      this.tersePositive = positive;
      return this;
    }

    Builder notes(String... phrases) {
      this.notes = List.of(phrases);
      return this;
    }

    Topic build() {
      if (products.isEmpty() || complaints.isEmpty() || suggestions.isEmpty()
          || notes.isEmpty() || terseNegative.isEmpty()) {
        throw new IllegalStateException("topic " + id + " is incomplete");
      }
      double[] w = productWeights.stream().mapToDouble(Double::doubleValue).toArray();
      return new Topic(id, owner, List.copyOf(products), w, complaintWeight, praiseWeight,
          suggestionWeight, trend, complaints, details, praise, List.copyOf(suggestions),
          neutral, terseNegative, tersePositive, notes);
    }
  }
}
