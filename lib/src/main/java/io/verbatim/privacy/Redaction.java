package io.verbatim.privacy;

import io.verbatim.privacy.Redactor.Category;
import java.io.Serializable;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The result of {@link Redactor#redact}: the text with personal data replaced, and how many
 * values of each category were replaced (for the manifest; the values themselves are never kept).
 *
 * @param text the redacted text
 * @param counts replaced values per category; categories with none are absent
 */
public record Redaction(String text, Map<Category, Integer> counts) implements Serializable {

  public Redaction {
    Objects.requireNonNull(text, "text");
    EnumMap<Category, Integer> copy = new EnumMap<>(Category.class);
    if (counts != null) {
      counts.forEach((category, n) -> {
        if (n != null && n > 0) {
          copy.put(category, n);
        }
      });
    }
    counts = Collections.unmodifiableMap(copy);
  }

  /** Values of this category replaced in the text. */
  public int count(Category category) {
    return counts.getOrDefault(category, 0);
  }

  /** Values replaced in all categories. */
  public int total() {
    int total = 0;
    for (int n : counts.values()) {
      total += n;
    }
    return total;
  }

  /** Whether anything was replaced. */
  public boolean redacted() {
    return !counts.isEmpty();
  }
}
