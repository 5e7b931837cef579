package io.verbatim.privacy;

import java.io.Serializable;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Replaces personal data in a text with a placeholder such as {@code [EMAIL]}, so that it never
 * reaches an output table, an index or a log. Immutable, thread-safe and serialisable: build one
 * from the configuration on the driver and ship it, or use {@link #defaults()}.
 *
 * <p>All finders run on the original text, highest priority first, and a value overlapping one
 * found earlier is dropped: URL secrets, e-mails, IBANs, cards, then phone numbers (the loosest).
 * Finders run for every category, enabled or not, so that turning off {@code CARD} leaves card
 * numbers as they are instead of letting the phone finder take part of them; only the enabled
 * categories are replaced and counted. See each category for what counts as a match; all
 * patterns are precompiled, bounded or possessive, so the time is linear in the text length.
 */
public final class Redactor implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The token in a replacement pattern that stands for the category's label. */
  public static final String CATEGORY_TOKEN = "{category}";

  /** Default replacement pattern: {@code [EMAIL]}, {@code [PHONE]}, ..., {@code [SECRET]}. */
  public static final String DEFAULT_REPLACEMENT = "[" + CATEGORY_TOKEN + "]";

  /** The kinds of personal data found, in the order the finders run. */
  public enum Category {
    /** Secrets in URLs and {@code name=value} pairs: user:password@, ?token=, &amp;sig=, ... */
    URL_SECRET("SECRET"),
    /** E-mail addresses. */
    EMAIL("EMAIL"),
    /** IBANs with a valid mod-97 check for their country's length. */
    IBAN("IBAN"),
    /** Payment card numbers, 13-19 digits, Luhn-valid, in a card's grouping. */
    CARD("CARD"),
    /** Telephone numbers, international and national formats. */
    PHONE("PHONE");

    private final String label;

    Category(String label) {
      this.label = label;
    }

    /** The word used in placeholders: EMAIL, PHONE, CARD, IBAN, SECRET. */
    public String label() {
      return label;
    }

    /**
     * The category named {@code name}, case and {@code -}/{@code _} insensitive; the label works
     * too ("secret" is URL_SECRET).
     *
     * @throws IllegalArgumentException naming the valid values
     */
    public static Category parse(String name) {
      String key = name.strip().toUpperCase(Locale.ROOT).replace('-', '_');
      for (Category c : values()) {
        if (c.name().equals(key) || c.label.equals(key)) {
          return c;
        }
      }
      throw new IllegalArgumentException("unknown personal data category '" + name
          + "'; use email, phone, card, iban or url_secret");
    }
  }

  /**
   * Regions whose national phone numbers libphonenumber looks for when none are configured
   * ({@code privacy.phoneRegions}): the UK and Ireland, North America, and western Europe.
   */
  public static final List<String> DEFAULT_PHONE_REGIONS = List.of("GB", "IE", "US", "FR", "DE",
      "NL", "BE", "CH", "AT", "ES", "PT", "IT");

  private static final Redactor DEFAULTS =
      new Redactor(EnumSet.allOf(Category.class), DEFAULT_REPLACEMENT);

  private final EnumSet<Category> categories;
  private final String replacementPattern;
  private final PhoneRegions phoneRegions;
  private final EnumMap<Category, String> replacements = new EnumMap<>(Category.class);

  /**
   * @param categories what to replace (empty: nothing, the text comes back unchanged)
   * @param replacementPattern what a value becomes; {@value #CATEGORY_TOKEN} is replaced by the
   *     category's label, so {@code "[{category}]"} gives {@code [EMAIL]}; may be empty to delete
   */
  public Redactor(Collection<Category> categories, String replacementPattern) {
    this(categories, replacementPattern, DEFAULT_PHONE_REGIONS);
  }

  /**
   * @param phoneRegions ISO 3166 region codes whose national phone numbers are looked for (by
   *     libphonenumber) beside the international and announced ones
   * @throws IllegalArgumentException for a region libphonenumber does not know
   */
  public Redactor(Collection<Category> categories, String replacementPattern,
                  List<String> phoneRegions) {
    Objects.requireNonNull(categories, "categories");
    this.phoneRegions = new PhoneRegions(phoneRegions);
    Objects.requireNonNull(replacementPattern, "replacementPattern");
    this.categories = categories.isEmpty()
        ? EnumSet.noneOf(Category.class) : EnumSet.copyOf(categories);
    this.replacementPattern = replacementPattern;
    for (Category c : Category.values()) {
      replacements.put(c, replacementPattern.replace(CATEGORY_TOKEN, c.label()));
    }
  }

  /** Every category, replaced by {@code [EMAIL]}, {@code [PHONE]}, ... */
  public static Redactor defaults() {
    return DEFAULTS;
  }

  /**
   * A redactor from configuration values: category names as accepted by {@link Category#parse}
   * ({@code "all"} alone for every category), and the replacement pattern (null: the default).
   */
  public static Redactor of(Collection<String> categoryNames, String replacementPattern) {
    return of(categoryNames, replacementPattern, DEFAULT_PHONE_REGIONS);
  }

  /** As {@link #of(Collection, String)}, looking for national phone numbers of these regions. */
  public static Redactor of(Collection<String> categoryNames, String replacementPattern,
                            List<String> phoneRegions) {
    EnumSet<Category> set = EnumSet.noneOf(Category.class);
    for (String name : categoryNames) {
      if (name.strip().equalsIgnoreCase("all")) {
        set = EnumSet.allOf(Category.class);
      } else {
        set.add(Category.parse(name));
      }
    }
    return new Redactor(set, replacementPattern == null ? DEFAULT_REPLACEMENT : replacementPattern,
        phoneRegions == null ? DEFAULT_PHONE_REGIONS : phoneRegions);
  }

  public Set<Category> categories() {
    return java.util.Collections.unmodifiableSet(categories);
  }

  public String replacementPattern() {
    return replacementPattern;
  }

  /** The placeholder used for a category. */
  public String replacement(Category category) {
    return replacements.get(category);
  }

  /** The text with every enabled category replaced, and counts per category. Null-safe. */
  public Redaction redact(String text) {
    if (text == null || text.isEmpty() || categories.isEmpty() || !mayContain(text)) {
      return new Redaction(text == null ? "" : text, Map.of());
    }
    Spans spans = new Spans();
    UrlSecretFinder.find(text, spans);
    EmailFinder.find(text, spans);
    IbanFinder.find(text, spans);
    CardFinder.find(text, spans);
    PhoneFinder.find(text, spans, phoneRegions);
    EnumMap<Category, Integer> counts = new EnumMap<>(Category.class);
    StringBuilder out = null;
    int copied = 0;
    for (Spans.Span span : spans.sorted()) {
      if (!categories.contains(span.category())) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length());
      }
      out.append(text, copied, span.start()).append(replacements.get(span.category()));
      copied = span.end();
      counts.merge(span.category(), 1, Integer::sum);
    }
    if (out == null) {
      return new Redaction(text, Map.of());
    }
    out.append(text, copied, text.length());
    return new Redaction(out.toString(), counts);
  }

  /** Only redacts; for callers that do not need the counts. */
  public String redactText(String text) {
    return redact(text).text();
  }

  /** Every category needs a digit, an {@code @} or an {@code =}: most comments have none. */
  private static boolean mayContain(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c >= '0' && c <= '9') || c == '@' || c == '=') {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return "Redactor" + categories + " -> " + replacementPattern;
  }
}
