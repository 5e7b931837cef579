package io.verbatim.clean;

import java.io.Serializable;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prepares a comment's text for storage and for analysis, and says what it changed.
 *
 * <p>{@link Cleaned#displayText()}, the text to store and show, is the input with
 * <ol>
 *   <li>HTML/XML markup removed, its text kept: {@code <br>}, {@code <p>}, {@code <div>},
 *       {@code <li>} and other blocks become line breaks, table cells a space, inline tags
 *       nothing; {@code script}, {@code style} and comments are dropped with their content.
 *       Only real tags go: "I &lt;3 it" or "&lt;love&gt;" stay.</li>
 *   <li>HTML character references decoded, named and numeric ({@code &amp;eacute;},
 *       {@code &amp;#39;}, {@code &amp;#x1F600;}), one level.</li>
 *   <li>control characters removed (C0 but newline and tab, DEL, C1, zero-width space, word
 *       joiner, byte-order mark, soft hyphen, bidirectional overrides and isolates), CR LF and CR
 *       turned into LF, lone surrogates into U+FFFD.</li>
 *   <li>Unicode normalised to NFC (a precomposed "é" however it arrived).</li>
 *   <li>whitespace normalised: every Unicode space and tab is a plain space, runs of spaces
 *       collapse, lines are trimmed, at most one empty line in a row, no leading or trailing
 *       whitespace.</li>
 * </ol>
 * Emoji, URLs, @handles and U+FFFD stay in the display text: they are part of what the customer
 * wrote (personal data is the {@link io.verbatim.privacy.Redactor}'s job, after cleaning).
 *
 * <p>{@link Cleaned#analysisText()}, the text for NLP, is the display text without URLs, e-mail
 * addresses, @handles, emoji and U+FFFD, and with the {@code #} of hashtags dropped
 * ({@code #fail} reads "fail"): the tagger and parser have no use for them, and a URL's words
 * would otherwise become theme candidates. Removed items leave no double spaces or a space before
 * punctuation. The emoji found are reported in {@link Cleaned#emoji()} (they carry sentiment).
 *
 * <p>Immutable and thread-safe; linear time in the input length, whatever the input.
 */
public final class TextCleaner implements Serializable {

  private static final long serialVersionUID = 1L;

  /** What the cleaner found or did; reported per comment. */
  public enum Flag {
    /** Markup was removed. */
    HTML_STRIPPED,
    /** Character references were decoded. */
    ENTITIES_DECODED,
    /** Control or invisible format characters were removed. */
    CONTROL_CHARS_REMOVED,
    /** The text contains U+FFFD: bytes that were not valid UTF-8 (or a lone surrogate). */
    REPLACEMENT_CHARS,
    /** The text contains emoji. */
    EMOJI,
    /** The text contains URLs (kept in the display text, removed from the analysis text). */
    URLS,
    /** The text contains @handles (kept in the display text, removed from the analysis text). */
    HANDLES
  }

  /**
   * A cleaned text.
   *
   * @param displayText the text to store and show (before redaction)
   * @param analysisText the text for NLP: no URLs, e-mails, handles, emoji or U+FFFD
   * @param flags what was found or done
   * @param emoji the emoji found, in order, each as written (with its modifiers)
   */
  public record Cleaned(String displayText, String analysisText, Set<Flag> flags,
                        List<String> emoji) implements Serializable {

    public Cleaned {
      EnumSet<Flag> copy = EnumSet.noneOf(Flag.class);
      copy.addAll(flags);
      flags = Collections.unmodifiableSet(copy);
      emoji = List.copyOf(emoji);
    }

    /** Whether anything is left to analyse (a comment of only emoji or a URL has nothing). */
    public boolean hasAnalysisText() {
      return !analysisText.isEmpty();
    }
  }

  private static final int MAX_EMOJI_REPORTED = 100;

  private static final String URL = "(?<![\\p{L}\\p{N}_@.])(?:[A-Za-z][A-Za-z0-9+.\\-]{0,15}://"
      + "|[Ww][Ww][Ww]\\.)[^\\s<>\"'`{}|\\\\^]++";
  private static final String EMAIL = "(?<![\\p{L}\\p{N}._%+\\-])[\\p{L}\\p{N}_%+\\-]"
      + "[\\p{L}\\p{N}._%+\\-]{0,63}@[\\p{L}\\p{N}](?:[\\p{L}\\p{N}\\-]{0,61}[\\p{L}\\p{N}])?"
      + "(?:\\.[\\p{L}\\p{N}](?:[\\p{L}\\p{N}\\-]{0,61}[\\p{L}\\p{N}])?){1,8}";
  private static final String HANDLE =
      "(?<![\\p{L}\\p{N}_@.&])@[A-Za-z_][A-Za-z0-9_]{0,29}+(?![\\p{L}\\p{N}_@])";
  private static final String HASHTAG = "(?<![\\p{L}\\p{N}_&#])#(?=[\\p{L}_])";
  private static final Pattern NOISE = Pattern.compile("(?<url>" + URL + ")|(?<email>" + EMAIL
      + ")|(?<handle>" + HANDLE + ")|(?<hashtag>" + HASHTAG + ")");

  private static final TextCleaner DEFAULTS = new TextCleaner();

  public TextCleaner() {
  }

  /** The shared cleaner (it has no options yet). */
  public static TextCleaner defaults() {
    return DEFAULTS;
  }

  /** Cleans one text; null reads as empty. */
  public Cleaned clean(String raw) {
    EnumSet<Flag> flags = EnumSet.noneOf(Flag.class);
    String text = raw == null ? "" : raw;

    HtmlStripper.Result html = HtmlStripper.strip(text);
    if (html.stripped()) {
      flags.add(Flag.HTML_STRIPPED);
    }
    HtmlEntities.Result entities = HtmlEntities.decode(html.text());
    if (entities.decoded()) {
      flags.add(Flag.ENTITIES_DECODED);
    }
    text = removeControls(entities.text(), flags);
    if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
      text = Normalizer.normalize(text, Normalizer.Form.NFC);
    }
    String display = normaliseWhitespace(text);
    if (display.indexOf('\uFFFD') >= 0) {
      flags.add(Flag.REPLACEMENT_CHARS);
    }
    List<String> emoji = new ArrayList<>();
    String analysis = analysisText(display, flags, emoji);
    return new Cleaned(display, analysis, flags, emoji);
  }

  private static String removeControls(String text, Set<Flag> flags) {
    StringBuilder out = null;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      String replacement = null;
      boolean removed = false;
      if (c == '\r') {
        replacement = i + 1 < n && text.charAt(i + 1) == '\n' ? "" : "\n";
      } else if ((c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F)
          || isInvisibleFormat(c)) {
        replacement = "";
        removed = true;
      } else if (c == '\u2028' || c == '\u2029') {
        replacement = "\n";
      } else if (Character.isHighSurrogate(c)) {
        if (i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
          if (out != null) {
            out.append(c).append(text.charAt(i + 1));
          }
          i++;
          continue;
        }
        replacement = "\uFFFD";
      } else if (Character.isLowSurrogate(c)) {
        replacement = "\uFFFD";
      } else {
        if (out != null) {
          out.append(c);
        }
        continue;
      }
      if (out == null) {
        out = new StringBuilder(n);
        out.append(text, 0, i);
      }
      out.append(replacement);
      if (removed) {
        flags.add(Flag.CONTROL_CHARS_REMOVED);
      }
    }
    if (out == null) {
      return text;
    }
    return out.toString();
  }

  /** Invisible characters that only hide or reorder text; ZWJ/ZWNJ stay (emoji, scripts). */
  private static boolean isInvisibleFormat(char c) {
    return c == '\u200B' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD'
        || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
        || c == '\uFFFE' || c == '\uFFFF';
  }

  /**
   * Spaces collapsed to one, lines trimmed, at most one empty line in a row, ends trimmed. Every
   * Unicode space separator and the tab count as space.
   */
  static String normaliseWhitespace(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int newlines = 0;
    boolean pendingSpace = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        pendingSpace = false;
        newlines++;
      } else if (c == ' ' || c == '\t' || Character.isSpaceChar(c) || c == '\u000B'
          || c == '\u000C') {
        pendingSpace = true;
      } else {
        if (out.length() > 0) {
          if (newlines > 0) {
            out.append(newlines > 1 ? "\n\n" : "\n");
          } else if (pendingSpace) {
            out.append(' ');
          }
        }
        newlines = 0;
        pendingSpace = false;
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String analysisText(String display, Set<Flag> flags, List<String> emoji) {
    // Emoji and U+FFFD first, so that nothing they split ("http\uFFFD://...") survives the
    // URL, e-mail and handle pass.
    StringBuilder plain = new StringBuilder(display.length());
    copyWithoutEmoji(display, 0, display.length(), plain, flags, emoji);
    String text = plain.toString();
    StringBuilder out = new StringBuilder(text.length());
    Matcher m = NOISE.matcher(text);
    int copied = 0;
    while (m.find()) {
      int end = m.end();
      if (m.group("url") != null) {
        end = trimUrl(text, m.start(), end);
        int prefixEnd = prefixEnd(text, m.start());
        if (end <= prefixEnd) {
          // "http://." or "www.)": a prefix with nothing after it is not a URL.
          continue;
        }
        flags.add(Flag.URLS);
      }
      out.append(text, copied, m.start());
      if (m.group("handle") != null) {
        flags.add(Flag.HANDLES);
      }
      // A hashtag match is the '#' alone: the word after it is kept.
      removed(out, text, end);
      copied = end;
    }
    out.append(text, copied, text.length());
    String analysis = normaliseWhitespace(out.toString());
    // A removal can bring a combining mark next to a new base character.
    return Normalizer.isNormalized(analysis, Normalizer.Form.NFC)
        ? analysis : Normalizer.normalize(analysis, Normalizer.Form.NFC);
  }

  private static void copyWithoutEmoji(String text, int from, int to, StringBuilder out,
                                       Set<Flag> flags, List<String> emoji) {
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (c < 0x80 && c != '#' && c != '*' && !(c >= '0' && c <= '9')) {
        out.append(c);
        i++;
        continue;
      }
      int end = Math.min(Emoji.end(text, i), to);
      if (end > i) {
        flags.add(Flag.EMOJI);
        if (emoji.size() < MAX_EMOJI_REPORTED) {
          emoji.add(text.substring(i, end));
        }
        out.append(' ');
        removed(out, text, end);
        i = end;
      } else if (c == '\uFFFD') {
        i++;
      } else if (c == '\uFE0F' || (c == '\u200D' && i + 1 < to && Emoji.end(text, i + 1) > i + 1)) {
        // Stray selector or joiner left by a broken sequence.
        i++;
      } else {
        out.append(c);
        i++;
      }
    }
  }

  /** After a removal: no space before the punctuation that follows. */
  private static void removed(StringBuilder out, String text, int next) {
    if (next < text.length() && ",.;:!?)".indexOf(text.charAt(next)) >= 0) {
      int len = out.length();
      while (len > 0 && out.charAt(len - 1) == ' ') {
        len--;
      }
      out.setLength(len);
    }
  }

  /** Where a URL's scheme ("https://", at most 16 characters) or "www." ends. */
  private static int prefixEnd(String text, int start) {
    for (int i = start; i < Math.min(text.length() - 2, start + 20); i++) {
      if (text.charAt(i) == ':' && text.charAt(i + 1) == '/' && text.charAt(i + 2) == '/') {
        return i + 3;
      }
    }
    return start + 4;
  }

  /** A URL ends before closing punctuation: "(see https://x.y/a)." */
  private static int trimUrl(String text, int start, int end) {
    while (end > start && ".,;:!?'\"]}*".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    if (end > start && text.charAt(end - 1) == ')') {
      int depth = 0;
      for (int i = start; i < end; i++) {
        char c = text.charAt(i);
        depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      }
      if (depth < 0) {
        end--;
      }
    }
    return end;
  }
}
