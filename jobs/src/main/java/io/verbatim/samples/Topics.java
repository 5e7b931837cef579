package io.verbatim.samples;

import java.util.ArrayList;
import java.util.List;

/** The full catalogue of topics, grouped by the part of the airline that owns them. */
final class Topics {

  static final List<Topic> ALL = build();

  private Topics() {
  }

  private static List<Topic> build() {
    List<Topic> all = new ArrayList<>();
    all.addAll(GroundTopics.all());
    all.addAll(DigitalTopics.all());
    all.addAll(BillingTopics.all());
    all.addAll(ServiceTopics.all());
    all.addAll(OperationsTopics.all());
    all.addAll(CabinTopics.all());
    return List.copyOf(all);
  }
}
