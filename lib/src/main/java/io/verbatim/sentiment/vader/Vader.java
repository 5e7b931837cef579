package io.verbatim.sentiment.vader;

import io.verbatim.model.Token;
import io.verbatim.words.SectionedWords;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * VADER (Hutto &amp; Gilbert 2014), implemented from the paper's description of its rules over
 * the published lexicon ({@code vader_lexicon.txt}, MIT): each lexicon word's mean valence,
 * raised or lowered by degree adverbs up to three words before it (less the further away),
 * raised by capitals when the text is not all capitals, flipped and weakened by a negation up to
 * three words before it; words before a contrast word ("but") count half, after it one and a
 * half; "!" (up to four) and repeated "?" add emphasis. The sum is normalised to -1..1.
 * Emoji count as the lexicon word that names their feeling. Word lists live in
 * {@code vader-rules.txt}. Stateless and thread-safe; the lists load once per JVM.
 */
public final class Vader {

  /** What a degree adverb adds to (or takes from) the word after it. */
  static final double BOOST = 0.293;
  /** What capitals add to a word's valence in text that is not all capitals. */
  static final double CAPS = 0.733;
  /** A negated word's valence is multiplied by this. */
  static final double NEGATION = -0.74;
  /** Per "!" (at most {@value #MAX_EXCLAMATIONS}). */
  static final double EXCLAMATION = 0.292;
  static final int MAX_EXCLAMATIONS = 4;
  /** Per "?" when there are two or three; more count as {@value #MANY_QUESTIONS}. */
  static final double QUESTION = 0.18;
  static final double MANY_QUESTIONS = 0.96;
  static final double BEFORE_CONTRAST = 0.5;
  static final double AFTER_CONTRAST = 1.5;
  /** Normalisation constant: compound = sum / sqrt(sum^2 + ALPHA). */
  static final double ALPHA = 15;
  /** Weight of a degree adverb two and three words away. */
  private static final double[] DISTANCE = {1, 0.95, 0.9};

  private static final Map<String, Double> LEXICON = new HashMap<>(16_000);
  private static final Set<String> BOOSTERS = new HashSet<>();
  private static final Set<String> DAMPENERS = new HashSet<>();
  private static final Set<String> NEGATIONS = new HashSet<>();
  private static final Set<String> CONTRAST = new HashSet<>();
  private static final Map<String, String> EMOJI = new HashMap<>();

  static {
    loadLexicon();
    loadRules();
  }

  /**
   * What VADER finds in a text.
   *
   * @param sum the rule-adjusted valences plus punctuation emphasis (unbounded)
   * @param positive the sum of the positive word valences after the rules
   * @param negative the sum of the negative ones (a negative number or 0)
   * @param hits how many lexicon words (and emoji) were found
   */
  public record Valence(double sum, double positive, double negative, int hits) {

    /** VADER's compound score, -1..1. */
    public double compound() {
      return sum / Math.sqrt(sum * sum + ALPHA);
    }

    /** VADER's own reading: positive at 0.05 and above, negative at -0.05 and below. */
    public int polarity() {
      double c = compound();
      return c >= 0.05 ? 1 : c <= -0.05 ? -1 : 0;
    }
  }

  private Vader() {
  }

  /** The valence of a sentence or short text. */
  public static Valence of(List<Token> tokens) {
    int n = tokens.size();
    String[] lower = new String[n];
    boolean[] caps = new boolean[n];
    int upper = 0;
    int lettered = 0;
    int contrast = -1;
    int exclamations = 0;
    int questions = 0;
    for (int i = 0; i < n; i++) {
      String w = tokens.get(i).word();
      String l = w.toLowerCase(Locale.ROOT);
      lower[i] = EMOJI.getOrDefault(w, l);
      if (hasLetter(w)) {
        lettered++;
        caps[i] = w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT));
        upper += caps[i] ? 1 : 0;
      }
      if (contrast < 0 && CONTRAST.contains(l)) {
        contrast = i;
      }
      exclamations += count(w, '!');
      questions += count(w, '?');
    }
    boolean mixedCase = upper > 0 && upper < lettered;
    double positive = 0;
    double negative = 0;
    int hits = 0;
    for (int i = 0; i < n; i++) {
      Double base = LEXICON.get(lower[i]);
      if (base == null || BOOSTERS.contains(lower[i]) || DAMPENERS.contains(lower[i])
          || lower[i].equals("kind") && i + 1 < n && lower[i + 1].equals("of")) {
        continue;
      }
      double v = base;
      double sign = Math.signum(v);
      if (mixedCase && caps[i]) {
        v += sign * CAPS;
      }
      boolean negated = false;
      for (int k = 1; k <= 3 && i - k >= 0; k++) {
        String before = lower[i - k];
        double degree = BOOSTERS.contains(before) ? BOOST
            : DAMPENERS.contains(before) ? -BOOST : 0;
        if (degree != 0 && mixedCase && caps[i - k]) {
          degree += Math.signum(degree) * CAPS;
        }
        v += sign * degree * DISTANCE[k - 1];
        negated |= negation(before);
      }
      if (negated) {
        v *= NEGATION;
      }
      if (contrast >= 0) {
        v *= i < contrast ? BEFORE_CONTRAST : i > contrast ? AFTER_CONTRAST : 1;
      }
      hits++;
      if (v > 0) {
        positive += v;
      } else {
        negative += v;
      }
    }
    double sum = positive + negative;
    double emphasis = Math.min(exclamations, MAX_EXCLAMATIONS) * EXCLAMATION
        + (questions > 3 ? MANY_QUESTIONS : questions > 1 ? questions * QUESTION : 0);
    sum += Math.signum(sum) * emphasis;
    return new Valence(sum, positive, negative, hits);
  }

  private static boolean negation(String lower) {
    return NEGATIONS.contains(lower) || lower.endsWith("n't");
  }

  private static boolean hasLetter(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.isLetter(w.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static int count(String w, char c) {
    int k = 0;
    for (int i = 0; i < w.length(); i++) {
      k += w.charAt(i) == c ? 1 : 0;
    }
    return k;
  }

  private static BufferedReader open(String resource) {
    InputStream in = Vader.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing resource " + resource);
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  /** token TAB mean TAB sd TAB ratings; a repeated token keeps its last line, as VADER does. */
  private static void loadLexicon() {
    try (BufferedReader r = open("vader_lexicon.txt")) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] f = line.split("\t");
        if (f.length >= 2 && !f[0].isEmpty()) {
          LEXICON.put(f[0].toLowerCase(Locale.ROOT), Double.parseDouble(f[1]));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the VADER lexicon", e);
    }
  }

  private static void loadRules() {
    SectionedWords.read(Vader.class, "vader-rules.txt", (section, line) -> add(section,
        line.split("\\s+")));
  }

  private static void add(String section, String[] words) {
    switch (section) {
      case "[boosters]" -> BOOSTERS.addAll(List.of(words));
      case "[dampeners]" -> DAMPENERS.addAll(List.of(words));
      case "[negations]" -> NEGATIONS.addAll(List.of(words));
      case "[contrast]" -> CONTRAST.addAll(List.of(words));
      case "[emoji]" -> {
        if (words.length != 2 || !LEXICON.containsKey(words[1])) {
          throw new IllegalStateException("vader-rules.txt: emoji line needs one lexicon word: "
              + String.join(" ", words));
        }
        EMOJI.put(words[0], words[1]);
      }
      default -> throw new IllegalStateException("vader-rules.txt: unknown section " + section);
    }
  }
}
