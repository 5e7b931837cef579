package io.verbatim.themes;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.verbatim.config.ConfigException;
import io.verbatim.config.VerbatimConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Pinned themes with their synonyms and owners. Also the phrase normaliser: every aspect phrase
 * is folded through the synonyms before it is counted or matched, so "luggage" and "bags" both
 * count as "baggage".
 */
public final class Taxonomy implements Serializable {

  private static final String DEFAULT_RESOURCE = "default-taxonomy.yaml";
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** One pinned theme as written in a taxonomy file. */
  public record Entry(String key, String label, String owner, List<String> synonyms,
                      String parent, String change) implements Serializable {

    public Entry {
      if (key == null || key.isBlank()) {
        throw new ConfigException("Every taxonomy theme needs a key.");
      }
      key = key.trim().toLowerCase(Locale.ROOT);
      label = label == null || label.isBlank() ? Labels.fromKey(key) : label.trim();
      owner = owner == null || owner.isBlank() ? io.verbatim.model.Theme.UNASSIGNED : owner.trim();
      synonyms = synonyms == null ? List.of()
          : synonyms.stream().map(s -> s.trim().toLowerCase(Locale.ROOT)).toList();
      parent = parent == null || parent.isBlank() ? null : parent.trim().toLowerCase(Locale.ROOT);
      change = change == null || change.isBlank() ? null : change.trim();
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = false)
  private record File(List<Entry> themes) {
  }

  private final Map<String, Entry> entries;
  /** Whole phrase (key or synonym) to key. */
  private final Map<String, String> phrases;
  /** Single words that are a key or synonym, to their key; for word-by-word folding. */
  private final Map<String, String> words;

  private Taxonomy(List<Entry> list) {
    entries = new LinkedHashMap<>();
    phrases = new LinkedHashMap<>();
    words = new LinkedHashMap<>();
    for (Entry e : list) {
      // A later entry with the same key replaces an earlier one: user files override defaults.
      entries.put(e.key(), e);
    }
    for (Entry e : entries.values()) {
      phrases.put(e.key(), e.key());
      for (String s : e.synonyms()) {
        phrases.putIfAbsent(s, e.key());
      }
    }
    phrases.forEach((phrase, key) -> {
      if (!phrase.contains(" ")) {
        words.putIfAbsent(phrase, key);
      }
    });
  }

  public static Taxonomy of(List<Entry> entries) {
    return new Taxonomy(entries);
  }

  public static Taxonomy empty() {
    return new Taxonomy(List.of());
  }

  /** The taxonomy shipped with Verbatim. */
  public static Taxonomy defaults() {
    try (InputStream in = Taxonomy.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      return new Taxonomy(YAML.readValue(in, File.class).themes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The taxonomy a run asks for: default, none, or a file that extends or replaces the default. */
  public static Taxonomy from(VerbatimConfig.Themes config) {
    String source = config.taxonomy();
    if (source == null || source.equals("default")) {
      return defaults();
    }
    if (source.equals("none")) {
      return empty();
    }
    Path path = Path.of(source);
    if (!Files.isRegularFile(path)) {
      throw new ConfigException("Taxonomy file " + path + " does not exist.");
    }
    List<Entry> user;
    try {
      File file = YAML.readValue(path.toFile(), File.class);
      user = file == null || file.themes() == null ? List.of() : file.themes();
    } catch (IOException e) {
      throw new ConfigException("Taxonomy file " + path + " is not valid: " + e.getMessage()
          .lines().findFirst().orElse(""), e);
    }
    List<Entry> all = new ArrayList<>();
    if (config.extendDefault()) {
      all.addAll(defaults().entries.values());
    }
    all.addAll(user);
    return new Taxonomy(all);
  }

  public List<Entry> entries() {
    return List.copyOf(entries.values());
  }

  public Optional<Entry> entry(String key) {
    return Optional.ofNullable(entries.get(key));
  }

  /**
   * Folds a lemmatised phrase through the synonyms: the whole phrase first ("internet connection"
   * to "wifi"), else its head, the last word ("lost luggage" to "lost baggage"). Modifiers stay as
   * written: folding them too turns "meal voucher" into nonsense.
   */
  public String normalise(String phrase) {
    String whole = phrases.get(phrase);
    if (whole != null) {
      return whole;
    }
    int space = phrase.lastIndexOf(' ');
    if (space < 0) {
      return phrase;
    }
    String head = phrase.substring(space + 1);
    String folded = words.get(head);
    return folded == null ? phrase : phrase.substring(0, space + 1) + folded;
  }

  /** A single word folded through the synonyms ("meal" to "food"). */
  public String normaliseWord(String word) {
    return words.getOrDefault(word, word);
  }

  /** Whether a single word is a key or synonym of a pinned theme. */
  public boolean knows(String word) {
    return words.containsKey(word);
  }

  /**
   * The owner of a discovered phrase: that of the pinned theme named by its head (last word), or
   * failing that by any other of its words.
   */
  public Optional<String> ownerOfWords(String phrase) {
    String[] parts = phrase.split(" ");
    for (int i = parts.length - 1; i >= 0; i--) {
      Entry e = entries.get(words.getOrDefault(parts[i], parts[i]));
      if (e != null) {
        return Optional.of(e.owner());
      }
    }
    return Optional.empty();
  }
}
