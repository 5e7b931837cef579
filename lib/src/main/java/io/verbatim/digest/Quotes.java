package io.verbatim.digest;

import java.util.List;

/** The recent window's most negative and most positive sentences (quotes of ideas sit on them). */
public record Quotes(List<Quote> negative, List<Quote> positive) {

  public Quotes {
    negative = List.copyOf(negative);
    positive = List.copyOf(positive);
  }
}
