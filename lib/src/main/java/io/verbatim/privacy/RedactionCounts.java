package io.verbatim.privacy;

import io.verbatim.privacy.Redactor.Category;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Mergeable totals of {@link Redaction}s for the manifest: values replaced per category and
 * texts with at least one replacement. Not thread-safe: one instance per partition, then
 * {@link #merge} (Spark's {@code treeAggregate} does exactly that).
 */
public final class RedactionCounts implements Serializable {

  private static final long serialVersionUID = 1L;

  private final long[] values = new long[Category.values().length];
  private long texts;

  /** Adds one text's redaction. */
  public RedactionCounts add(Redaction redaction) {
    redaction.counts().forEach((category, n) -> values[category.ordinal()] += n);
    if (redaction.redacted()) {
      texts++;
    }
    return this;
  }

  /** Adds another partition's totals to these; returns this. */
  public RedactionCounts merge(RedactionCounts other) {
    for (int i = 0; i < values.length; i++) {
      values[i] += other.values[i];
    }
    texts += other.texts;
    return this;
  }

  /** Values replaced in this category. */
  public long count(Category category) {
    return values[category.ordinal()];
  }

  /** Texts with at least one replacement. */
  public long texts() {
    return texts;
  }

  /** Per category, every category present (zeros included), in declaration order. */
  public Map<Category, Long> byCategory() {
    Map<Category, Long> map = new EnumMap<>(Category.class);
    for (Category c : Category.values()) {
      map.put(c, values[c.ordinal()]);
    }
    return map;
  }

  /**
   * For the manifest: {@code {"email": 3, "phone": 1, ..., "texts": 4}}, keys in lower case.
   */
  public Map<String, Long> toMap() {
    Map<String, Long> map = new LinkedHashMap<>();
    for (Category c : Category.values()) {
      map.put(c.name().toLowerCase(Locale.ROOT), values[c.ordinal()]);
    }
    map.put("texts", texts);
    return map;
  }

  @Override
  public String toString() {
    return toMap().toString();
  }
}
