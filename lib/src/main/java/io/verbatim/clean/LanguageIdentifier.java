package io.verbatim.clean;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.langdetect.ThreadSafeLanguageDetectorME;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Says which language a comment is written in: an ISO 639-1 code ("en", "fr", ...), or
 * {@value #UNDETERMINED} when the text is too short or too ambiguous to tell ("ok", "thanks!",
 * "10/10", "👍"). Callers should treat {@value #UNDETERMINED} as compatible with English.
 *
 * <p>The model is Apache OpenNLP's language detector ({@code langdetect-183.bin}, 103 languages,
 * character n-grams with a maximum-entropy classifier), shipped in the Maven artifact
 * {@code org.apache.opennlp:opennlp-models-langdetect}: nothing is downloaded at run time. It is
 * loaded once per JVM on first use (about 1 s, 40 MB of heap) and shared by every instance and
 * thread; a detection takes about 0.3 ms. Instances are small and serialisable: ship them, not
 * the model.
 *
 * <p>How a text is judged:
 * <ol>
 *   <li>URLs, e-mail addresses, @handles, hashtags, digits, emoji and short all-capital codes
 *       (LHR, JFK, NW) are removed; they say nothing about the language and mislead the
 *       model.</li>
 *   <li>Fewer than {@value #MIN_WORDS} words or {@value #MIN_LETTERS} letters left:
 *       {@value #UNDETERMINED}. (In Chinese, Japanese and Thai, written without spaces, two
 *       characters count as a word.)</li>
 *   <li>Only the candidate languages compete (by default {@link #DEFAULT_CANDIDATES}: about 70
 *       widely written languages, leaving out regional and classical ones the model confuses
 *       with English on short texts, such as Latin, Low German, Waray or Volapük).</li>
 *   <li>English is preferred in a near tie: when English scores within 10 % of the winner (15 %
 *       for a text of fewer than {@value #SHORT_WORDS} words, which then gets
 *       {@value #UNDETERMINED}), the answer is English. A short text whose winner leads the
 *       runner-up by less than 10 % is {@value #UNDETERMINED}.</li>
 *   <li>Cyrillic languages, which the model mixes up on short texts (plain Russian often scores
 *       as Bulgarian), are settled by the letters only one of them uses.</li>
 * </ol>
 * On the 667 comments of {@code data-samples/} (all English) this gives 651 "en", 16 "und" (all
 * under five words: "Not good enough.", "Luggage took forever.") and no other language; 56 of 56
 * French, German, Spanish, Dutch, Italian and Portuguese customer sentences of 5 to 9 words were
 * recognised when the thresholds were chosen. (For comparison, Lingua 1.2's low-accuracy mode
 * named another language for 24 of the same English comments plus 25 short ones; its
 * high-accuracy mode gets 5 wrong but needs 1.2 GB of heap and 7 s to load.)
 */
public final class LanguageIdentifier implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The answer when the language cannot be told (ISO 639-2 "undetermined"). */
  public static final String UNDETERMINED = "und";

  static final int MIN_WORDS = 3;
  static final int MIN_LETTERS = 10;
  static final int SHORT_WORDS = 5;
  private static final double ENGLISH_TIE = 0.10;
  private static final double ENGLISH_TIE_SHORT = 0.15;
  private static final double MIN_LEAD_SHORT = 1.10;
  /** Enough text to tell any language; longer comments are judged on their beginning. */
  private static final int MAX_CHARS = 2000;

  private static final String MODEL_RESOURCE = "/langdetect-183.bin";
  private static final Logger LOG = LoggerFactory.getLogger(LanguageIdentifier.class);

  /** ISO 639-3 codes of the model to ISO 639-1 (languages without one keep their 639-3 code). */
  private static final Map<String, String> ISO1 = new HashMap<>();

  static {
    String pairs = "afr af ara ar aze az bak ba bel be ben bn bos bs bre br bul bg cat ca ces cs"
        + " che ce cmn zh cym cy dan da deu de ekk et ell el eng en epo eo est et eus eu fao fo"
        + " fas fa fin fi fra fr fry fy gle ga glg gl guj gu heb he hin hi hrv hr hun hu hye hy"
        + " ind id isl is ita it jav jv jpn ja kan kn kat ka kaz kk kir ky kor ko lat la lav lv"
        + " lim li lit lt ltz lb lvs lv mal ml mar mr mkd mk mlt mt mon mn mri mi msa ms nep ne"
        + " nld nl nno nn nob nb oci oc pan pa pes fa plt mg pol pl por pt pus ps ron ro rus ru"
        + " san sa sin si slk sk slv sl som so spa es sqi sq srp sr sun su swa sw swe sv tam ta"
        + " tat tt tel te tgk tg tgl tl tha th tur tr ukr uk urd ur uzb uz vie vi vol vo zul zu";
    String[] tokens = pairs.split(" ");
    for (int i = 0; i < tokens.length; i += 2) {
      ISO1.put(tokens[i], tokens[i + 1]);
    }
  }

  /** The languages that compete by default (ISO 639-1). */
  public static final Set<String> DEFAULT_CANDIDATES = Collections.unmodifiableSet(
      new TreeSet<>(Set.of("af", "ar", "az", "be", "bg", "bn", "bs", "ca", "cs", "cy", "da",
          "de", "el", "en", "es", "et", "eu", "fa", "fi", "fr", "ga", "gl", "gu", "he", "hi",
          "hr", "hu", "hy", "id", "is", "it", "ja", "ka", "kk", "kn", "ko", "lt", "lv", "mk",
          "ml", "mn", "mr", "ms", "mt", "nb", "nl", "pa", "pl", "pt", "ro", "ru", "sk", "sl",
          "sq", "sr", "sv", "sw", "ta", "te", "th", "tl", "tr", "uk", "ur", "uz", "vi", "zh",
          "zu")));

  private static final LanguageIdentifier DEFAULTS = new LanguageIdentifier(DEFAULT_CANDIDATES);

  /** Model codes (ISO 639-3) allowed to win; empty means every language of the model. */
  private final Set<String> candidates;

  /**
   * @param candidates the languages that may be answered, as ISO 639-1 codes (or ISO 639-3 for
   *     the model's languages without one); empty means all 103 languages of the model
   * @throws IllegalArgumentException for a code the model does not know, listing the known ones
   */
  public LanguageIdentifier(Collection<String> candidates) {
    Set<String> codes = new LinkedHashSet<>();
    for (String code : candidates) {
      String c = code.strip().toLowerCase(Locale.ROOT);
      boolean known = false;
      for (Map.Entry<String, String> e : ISO1.entrySet()) {
        if (e.getValue().equals(c) || e.getKey().equals(c)) {
          codes.add(e.getKey());
          known = true;
        }
      }
      if (!known && Model.ISO3_ONLY.contains(c)) {
        codes.add(c);
        known = true;
      }
      if (!known) {
        throw new IllegalArgumentException("unknown language '" + code + "'; use ISO 639-1 codes"
            + " among " + supportedLanguages());
      }
    }
    this.candidates = Collections.unmodifiableSet(codes);
  }

  /** The shared identifier with {@link #DEFAULT_CANDIDATES}. */
  public static LanguageIdentifier get() {
    return DEFAULTS;
  }

  /** Every language the model knows, as answered (ISO 639-1 where one exists). */
  public static Set<String> supportedLanguages() {
    Set<String> all = new TreeSet<>(ISO1.values());
    all.addAll(Model.ISO3_ONLY);
    return all;
  }

  /** The model's own language codes (ISO 639-3), for tests. */
  static Set<String> modelLanguages() {
    return new TreeSet<>(java.util.Arrays.asList(Model.detector().getSupportedLanguages()));
  }

  /**
   * Loads the model now instead of on the first {@link #detect} (e.g. before timing a stage);
   * returns the milliseconds it took, 0 when it was already loaded.
   */
  public static long preload() {
    long start = System.nanoTime();
    boolean was = Model.loaded;
    Model.detector();
    return was ? 0 : (System.nanoTime() - start) / 1_000_000;
  }

  /** The language of the text: an ISO 639-1 code, or {@value #UNDETERMINED}. Null-safe. */
  public String detect(String text) {
    if (text == null || text.isEmpty()) {
      return UNDETERMINED;
    }
    Prepared prepared = Prepared.of(text);
    if (prepared.words < MIN_WORDS || prepared.letters < MIN_LETTERS) {
      return UNDETERMINED;
    }
    Language[] ranked = Model.detector().predictLanguages(prepared.text);
    String best = null;
    double bestScore = 0;
    double secondScore = 0;
    double english = 0;
    for (Language language : ranked) {
      String code = language.getLang();
      if (!candidates.isEmpty() && !candidates.contains(code)) {
        continue;
      }
      if (code.equals("eng")) {
        english = language.getConfidence();
      }
      if (best == null) {
        best = code;
        bestScore = language.getConfidence();
      } else if (secondScore == 0) {
        secondScore = language.getConfidence();
      }
    }
    if (best == null) {
      return UNDETERMINED;
    }
    boolean isShort = prepared.words < SHORT_WORDS;
    if (!best.equals("eng") && english > 0
        && english >= bestScore * (1 - (isShort ? ENGLISH_TIE_SHORT : ENGLISH_TIE))) {
      return isShort ? UNDETERMINED : "en";
    }
    if (isShort && secondScore > 0 && bestScore / secondScore < MIN_LEAD_SHORT) {
      return UNDETERMINED;
    }
    best = cyrillic(best, prepared.text);
    return ISO1.getOrDefault(best, best);
  }

  private static final Set<String> CYRILLIC = Set.of("rus", "bul", "ukr", "bel", "mkd", "srp");

  /**
   * The model mixes up Cyrillic languages on short texts (a plain Russian sentence often scores
   * as Bulgarian); letters only one of them uses settle it: ї є ґ Ukrainian, ў Belarusian, ѓ ќ ѕ
   * Macedonian, ђ ћ Serbian, ы э ё Russian (or Belarusian), and ъ before a consonant or at the end
   * of a word Bulgarian (Russian writes ъ only before е ё ю я).
   */
  private String cyrillic(String best, String text) {
    if (!CYRILLIC.contains(best)) {
      return best;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    String choice = best;
    if (containsAny(lower, "їєґ")) {
      choice = "ukr";
    } else if (lower.indexOf('ў') >= 0) {
      choice = "bel";
    } else if (containsAny(lower, "ѓќѕ")) {
      choice = "mkd";
    } else if (containsAny(lower, "ђћ")) {
      choice = "srp";
    } else if (best.equals("bul") || best.equals("rus")) {
      boolean russianLetters = containsAny(lower, "ыэё");
      boolean bulgarianHardSign = false;
      int i = lower.indexOf('ъ');
      while (i >= 0 && !bulgarianHardSign) {
        bulgarianHardSign = i + 1 >= lower.length() || "еёюя".indexOf(lower.charAt(i + 1)) < 0;
        i = lower.indexOf('ъ', i + 1);
      }
      if (russianLetters || !bulgarianHardSign) {
        choice = "rus";
      } else {
        choice = "bul";
      }
    }
    return candidates.isEmpty() || candidates.contains(choice) ? choice : best;
  }

  private static boolean containsAny(String text, String chars) {
    for (int i = 0; i < chars.length(); i++) {
      if (text.indexOf(chars.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether a detected code is English or undetermined (what the English pipeline can take). */
  public static boolean isEnglishCompatible(String code) {
    return "en".equals(code) || UNDETERMINED.equals(code);
  }

  public Set<String> candidates() {
    Set<String> answered = new TreeSet<>();
    for (String code : candidates) {
      answered.add(ISO1.getOrDefault(code, code));
    }
    return Collections.unmodifiableSet(answered);
  }

  /** The words of a text that say something about its language. */
  private record Prepared(String text, int words, int letters) {

    static Prepared of(String raw) {
      String text = raw.length() > MAX_CHARS * 2 ? raw.substring(0, MAX_CHARS * 2) : raw;
      boolean hasLower = false;
      for (int i = 0; i < text.length() && !hasLower; i++) {
        hasLower = Character.isLowerCase(text.charAt(i));
      }
      StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_CHARS));
      int words = 0;
      int letters = 0;
      int i = 0;
      int n = text.length();
      while (i < n && out.length() < MAX_CHARS) {
        // One whitespace-delimited token at a time.
        while (i < n && Character.isWhitespace(text.charAt(i))) {
          i++;
        }
        int start = i;
        while (i < n && !Character.isWhitespace(text.charAt(i))) {
          i++;
        }
        if (start == i) {
          break;
        }
        String token = text.substring(start, i);
        if (isNoise(token)) {
          continue;
        }
        // Keep letters (and apostrophes inside words); everything else splits the token.
        int wordStart = out.length();
        int tokenLetters = 0;
        int spaceless = 0;
        for (int k = 0; k < token.length(); ) {
          int cp = token.codePointAt(k);
          k += Character.charCount(cp);
          if (Character.isLetter(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
              || Character.getType(cp) == Character.COMBINING_SPACING_MARK) {
            out.appendCodePoint(cp);
            tokenLetters++;
            if (isSpaceless(cp)) {
              spaceless++;
            }
          } else if ((cp == '\'' || cp == '’') && out.length() > wordStart) {
            out.appendCodePoint(cp);
          } else if (out.length() > wordStart && out.charAt(out.length() - 1) != ' ') {
            out.append(' ');
          }
        }
        if (tokenLetters == 0) {
          out.setLength(wordStart);
          continue;
        }
        String kept = out.substring(wordStart).strip();
        if (hasLower && isShortCode(kept)) {
          out.setLength(wordStart);
          continue;
        }
        out.append(' ');
        letters += tokenLetters;
        // Scripts without spaces: two characters count as a word.
        words += spaceless > 0
            ? (spaceless + 1) / 2 + (tokenLetters > spaceless ? 1 : 0) : countWords(kept);
      }
      return new Prepared(out.toString().strip(), words, letters);
    }

    private static int countWords(String kept) {
      int words = 0;
      boolean in = false;
      for (int i = 0; i < kept.length(); i++) {
        boolean letter = kept.charAt(i) != ' ';
        if (letter && !in) {
          words++;
        }
        in = letter;
      }
      return words;
    }

    /** URLs, e-mail addresses, @handles and #hashtags. */
    private static boolean isNoise(String token) {
      char first = token.charAt(0);
      return first == '@' || first == '#' || token.indexOf("://") >= 0
          || token.regionMatches(true, 0, "www.", 0, 4)
          || (token.indexOf('@') > 0 && token.indexOf('.', token.indexOf('@')) > 0);
    }

    /** LHR, JFK, NW, T5-like codes: 2 to 4 capitals. */
    private static boolean isShortCode(String word) {
      if (word.length() < 2 || word.length() > 4) {
        return false;
      }
      for (int i = 0; i < word.length(); i++) {
        if (!Character.isUpperCase(word.charAt(i))) {
          return false;
        }
      }
      return true;
    }

    private static boolean isSpaceless(int cp) {
      Character.UnicodeScript script = Character.UnicodeScript.of(cp);
      return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
          || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI
          || script == Character.UnicodeScript.LAO || script == Character.UnicodeScript.KHMER
          || script == Character.UnicodeScript.MYANMAR;
    }
  }

  /** The model, loaded on first use and shared by the JVM. */
  private static final class Model {

    /** Model languages without an ISO 639-1 code. */
    static final Set<String> ISO3_ONLY = Set.of("ast", "ceb", "gsw", "min", "nan", "nds", "pnb",
        "war");

    static volatile boolean loaded;
    private static volatile ThreadSafeLanguageDetectorME detector;

    static ThreadSafeLanguageDetectorME detector() {
      ThreadSafeLanguageDetectorME d = detector;
      if (d == null) {
        synchronized (Model.class) {
          if (detector == null) {
            long start = System.nanoTime();
            try (InputStream in = LanguageIdentifier.class.getResourceAsStream(MODEL_RESOURCE)) {
              if (in == null) {
                throw new IllegalStateException("language model " + MODEL_RESOURCE + " is not on"
                    + " the classpath (artifact org.apache.opennlp:opennlp-models-langdetect)");
              }
              detector = new ThreadSafeLanguageDetectorME(new LanguageDetectorModel(in));
            } catch (IOException e) {
              throw new UncheckedIOException("cannot read language model " + MODEL_RESOURCE, e);
            }
            loaded = true;
            LOG.info("Language model loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
          }
          d = detector;
        }
      }
      return d;
    }
  }
}
