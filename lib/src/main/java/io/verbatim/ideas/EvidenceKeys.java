package io.verbatim.ideas;

import io.verbatim.model.Sentence;
import io.verbatim.model.Token;
import io.verbatim.suggestions.ActionKeys;
import io.verbatim.themes.AspectExtractor;
import io.verbatim.themes.MainTheme;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which evidence groups a sentence belongs to: one per suggested action ("s:" + action key) and
 * one per theme it complains about ("n:" + theme id: a score for the theme at or below the
 * complaint threshold), judged by the
 * part of the sentence that names the theme: "the food was great but the service was slow" is
 * evidence to fix the service, not the food.
 */
final class EvidenceKeys {

  static final String SUGGESTION = "s:";
  static final String NEGATIVE = "n:";
  /**
   * A named problem (a theme with a change of its own: refunds, fees, waits, a failure told as
   * an event) keeps a complaint shared with a rarer theme unless more than this share of the
   * corpus's comments name it: then it is what the whole corpus is about and tells nothing.
   * Chosen reading the CFPB dev parts (in-sample): 0.2 kept "Answer emails sooner" on loan
   * complaints out of the top ten, 0.3 did not.
   */
  static final double NAMED_PROBLEM_MAX_SHARE = 0.2;
  /** Words that make a sentence a request without a modal. */
  private static final Set<String> ASKING = Set.of("please", "wish", "suggest", "recommend");

  private EvidenceKeys() {
  }

  /**
   * An idea needs an object, and both its verb and its object come from the sentence: "sort it
   * out" or "do something" are heartfelt but say nothing to act on, and a question ("where is my
   * bag") must never read as a request ("add my bag"). So the action must contain a noun of its
   * sentence that can be an object (not "something", "lol" or a unit), and its verb must
   * be a word of the sentence, unless the sentence asks with a modal or "please" ("there should
   * be wifi" asks to add wifi).
   */
  static boolean fromTheSentence(Sentence s) {
    String[] words = s.action().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}-]+");
    Set<String> actionWords = new HashSet<>(List.of(words));
    boolean object = false;
    boolean verb = false;
    boolean asks = false;
    for (Token t : s.tokens()) {
      String word = t.word().toLowerCase(Locale.ROOT);
      object |= t.isNoun() && !t.pos().startsWith("NNP") && AspectExtractor.canBeObject(t.lemma())
          && (actionWords.contains(t.lemma()) || actionWords.contains(word));
      verb |= words.length > 0 && (t.lemma().equals(words[0]) || word.equals(words[0]));
      asks |= t.pos().equals("MD") || ASKING.contains(t.lemma());
    }
    return object && (verb || asks);
  }

  static List<String> of(Sentence s, double complaintBelow) {
    return of(s, complaintBelow, null);
  }

  /**
   * @param main when given, a sentence complaining about several themes is evidence for the
   *     rarest of them and for the named problems among them: "I called about my loan payment
   *     and waited an hour" is about the wait, not about loans, which every comment of a loan
   *     company names; "they refused my refund and kept charging fees" is evidence to refund
   *     faster and to make fees clear. A complaint about a kind of a theme ("interest rate") is
   *     evidence for the theme it is a kind of ({@link MainTheme#kindOf}): one problem, one idea.
   */
  static List<String> of(Sentence s, double complaintBelow, MainTheme main) {
    List<String> keys = new ArrayList<>(2);
    if (s.suggestion() && s.action() != null && fromTheSentence(s)) {
      String key = ActionKeys.actionKey(s.action());
      if (!key.isEmpty()) {
        keys.add(SUGGESTION + key);
      }
    }
    List<String> complained = new ArrayList<>();
    for (String themeId : s.themeIds()) {
      if (s.sentimentFor(themeId) <= complaintBelow) {
        complained.add(themeId);
      }
    }
    if (main != null && complained.size() > 1) {
      String rarest = main.rarest(complained);
      complained = complained.stream().filter(id -> id.equals(rarest)
          || main.namesItsChange(id) && main.share(id) <= NAMED_PROBLEM_MAX_SHARE).toList();
    }
    complained.stream().map(id -> main == null ? id : main.kindOf(id)).distinct()
        .forEach(id -> keys.add(NEGATIVE + id));
    return keys;
  }
}
