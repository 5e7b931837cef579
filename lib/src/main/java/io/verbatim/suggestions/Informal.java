package io.verbatim.suggestions;

import edu.stanford.nlp.process.Morphology;
import io.verbatim.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Rewrites informal customer text into the tokens CoreNLP gives its standard spelling, so every
 * rule reads "u shouldnt charge" as "you should n't charge" without knowing the variants.
 *
 * <p>Words come out lower-cased with straight apostrophes. Contractions written without the
 * apostrophe ("dont", "shouldnt", "youll", "ive", "thats") are split into the tokens the
 * tagger makes of "don't", "should n't", "you 'll" ...; text-speak ("pls", "u", "ur") gets its
 * full word. "id", "ill", "im", "its" and "lets" are also words, so they are read as
 * contractions only where the context leaves no doubt: "id like to see ..." but "my id",
 * "ill be back" but "I was ill", "its a shame" but "its own menu".
 *
 * <p>A glued form misleads the tagger about its neighbour too ("shouldnt charge/NN", "id
 * like/IN"), and text in capitals gets proper-noun tags all over ("YOU SHOULD ADD/NNP"); the
 * word after a modal is then retagged as the base verb it has to be.
 */
final class Informal {

  /** A token being rewritten; the tag is never null. */
  private record Tok(String word, String lemma, String tag) {
    Token token() {
      return new Token(word, lemma, tag);
    }
  }

  /** Text-speak with one full spelling: word, lemma, tag (null keeps the tagger's). */
  private static final Map<String, Tok> SPELLINGS = Map.ofEntries(
      Map.entry("pls", please()), Map.entry("plz", please()), Map.entry("plse", please()),
      Map.entry("plss", please()), Map.entry("plzz", please()), Map.entry("pleez", please()),
      Map.entry("pleeze", please()), Map.entry("pleaze", please()),
      Map.entry("u", new Tok("you", "you", "PRP")), Map.entry("ya", new Tok("you", "you", "PRP")),
      Map.entry("ur", new Tok("your", "your", "PRP$")),
      Map.entry("thx", new Tok("thanks", "thanks", "NNS")),
      Map.entry("thnx", new Tok("thanks", "thanks", "NNS")),
      Map.entry("thanx", new Tok("thanks", "thanks", "NNS")),
      Map.entry("ppl", new Tok("people", "people", "NNS")),
      Map.entry("coz", new Tok("because", "because", "IN")),
      Map.entry("cuz", new Tok("because", "because", "IN")));

  private static Tok please() {
    return new Tok("please", "please", "UH");
  }

  private static final Tok NOT = new Tok("n't", "not", "RB");

  /**
   * Negated auxiliaries without the apostrophe, as the verb CoreNLP splits off "X n't" ("ca"
   * and "wo" are its forms for "can't" and "won't"). It splits "dont" and "didnt" itself.
   */
  private static final Map<String, Tok> NEGATED = Map.ofEntries(
      Map.entry("shouldnt", new Tok("should", "should", "MD")),
      Map.entry("wouldnt", new Tok("would", "would", "MD")),
      Map.entry("couldnt", new Tok("could", "could", "MD")),
      Map.entry("mustnt", new Tok("must", "must", "MD")),
      Map.entry("neednt", new Tok("need", "need", "MD")),
      Map.entry("cant", new Tok("ca", "can", "MD")),
      Map.entry("wont", new Tok("wo", "will", "MD")),
      Map.entry("dont", new Tok("do", "do", "VBP")),
      Map.entry("doesnt", new Tok("does", "do", "VBZ")),
      Map.entry("didnt", new Tok("did", "do", "VBD")),
      Map.entry("isnt", new Tok("is", "be", "VBZ")),
      Map.entry("arent", new Tok("are", "be", "VBP")),
      Map.entry("wasnt", new Tok("was", "be", "VBD")),
      Map.entry("werent", new Tok("were", "be", "VBD")),
      Map.entry("hasnt", new Tok("has", "have", "VBZ")),
      Map.entry("havent", new Tok("have", "have", "VBP")),
      Map.entry("hadnt", new Tok("had", "have", "VBD")));

  private static final Tok WILL = new Tok("'ll", "will", "MD");
  private static final Tok WOULD = new Tok("'d", "would", "MD");
  private static final Tok ARE = new Tok("'re", "be", "VBP");
  private static final Tok HAVE = new Tok("'ve", "have", "VBP");
  private static final Tok IS = new Tok("'s", "be", "VBZ");

  /** Pronoun + verb glued together, no other reading: "youll", "ive", "thats". */
  private static final Map<String, List<Tok>> GLUED = Map.ofEntries(
      Map.entry("youll", List.of(pronoun("you"), WILL)),
      Map.entry("youd", List.of(pronoun("you"), WOULD)),
      Map.entry("youre", List.of(pronoun("you"), ARE)),
      Map.entry("youve", List.of(pronoun("you"), HAVE)),
      Map.entry("theyll", List.of(pronoun("they"), WILL)),
      Map.entry("theyd", List.of(pronoun("they"), WOULD)),
      Map.entry("theyre", List.of(pronoun("they"), ARE)),
      Map.entry("theyve", List.of(pronoun("they"), HAVE)),
      Map.entry("itll", List.of(pronoun("it"), WILL)),
      Map.entry("ive", List.of(pronoun("i"), HAVE)),
      Map.entry("thats", List.of(new Tok("that", "that", "DT"), IS)),
      Map.entry("whats", List.of(new Tok("what", "what", "WP"), IS)),
      Map.entry("theres", List.of(new Tok("there", "there", "EX"), IS)),
      Map.entry("shouldve", List.of(new Tok("should", "should", "MD"), have())),
      Map.entry("wouldve", List.of(new Tok("would", "would", "MD"), have())),
      Map.entry("couldve", List.of(new Tok("could", "could", "MD"), have())),
      Map.entry("mustve", List.of(new Tok("must", "must", "MD"), have())));

  private static Tok pronoun(String word) {
    return new Tok(word, word, "PRP");
  }

  /** "have" after a modal, as in "should've" and the misspelt "should of". */
  private static Tok have() {
    return new Tok("'ve", "have", "VB");
  }

  /** Words before which a new clause, and so a contracted "I'd"/"I'll", may start. */
  private static final Set<String> CLAUSE_OPENERS = Set.of("so", "but", "and", "or", "because",
      "if", "when", "then", "that", "also", "think", "guess", "hope", "know", "thought", "said",
      "honestly", "ok", "okay", "yes", "no", "otherwise", "though", "tho");

  /** Verbs "I'd" and "I'll" typically go with, even when the tagger calls them nouns. */
  private static final Set<String> CONTRACTED_VERBS = Set.of("like", "love", "prefer", "rather",
      "recommend", "suggest", "advise", "appreciate", "want", "say", "be", "have");

  /** Closed-class words with the tag they nearly always have, for text in capitals. */
  private static final Map<String, Tok> FUNCTION_WORDS = functionWords();

  private static Map<String, Tok> functionWords() {
    Map<String, Tok> words = new java.util.HashMap<>();
    for (String w : List.of("a", "an", "the", "this", "that", "these", "those", "every")) {
      words.put(w, new Tok(w, w, "DT"));
    }
    for (String w : List.of("i", "you", "we", "they", "he", "she", "it")) {
      words.put(w, pronoun(w));
    }
    for (String w : List.of("my", "your", "our", "their", "his", "her", "its")) {
      words.put(w, new Tok(w, w, "PRP$"));
    }
    for (String w : List.of("can", "could", "will", "would", "should", "must", "might", "may",
        "shall")) {
      words.put(w, new Tok(w, w, "MD"));
    }
    for (String w : List.of("at", "in", "on", "for", "with", "of", "from", "by", "if")) {
      words.put(w, new Tok(w, w, "IN"));
    }
    words.put("'d", WOULD);
    words.put("'ll", WILL);
    words.put("please", please());
    return Map.copyOf(words);
  }

  private Informal() {
  }

  /** The tokens rewritten into standard spelling. */
  static List<Token> normalise(List<Token> tokens) {
    List<Tok> in = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      in.add(new Tok(standard(t.word()), standard(t.lemma()),
          t.pos() == null ? "" : t.pos()));
    }
    boolean capitals = inCapitals(tokens);
    List<Tok> out = new ArrayList<>(in.size() + 4);
    for (int i = 0; i < in.size(); i++) {
      Tok t = in.get(i);
      List<Tok> rewritten = rewrite(in, i, capitals || !isCapitals(tokens.get(i).word()));
      if (rewritten == null) {
        out.add(t);
        continue;
      }
      out.addAll(rewritten);
      if (rewritten.get(rewritten.size() - 1).tag().equals("MD")
          || rewritten.size() > 1 && rewritten.get(rewritten.size() - 2).tag().equals("MD")) {
        // the tagger saw "shouldnt", "id": it may have misread the verb that follows
        verbAfterModal(in, i + 1);
      }
    }
    if (capitals) {
      capitalsRetagged(out);
    }
    return out.stream().map(Tok::token).toList();
  }

  /** Lower-cased, with typographic apostrophes made straight. */
  private static String standard(String s) {
    return s == null ? "" : s.toLowerCase(Locale.ROOT).replace('\u2019', '\'')
        .replace('\u2018', '\'').replace('\u00b4', '\'').replace('`', '\'');
  }

  /** The replacement of token {@code i}, or null to keep it. */
  private static List<Tok> rewrite(List<Tok> in, int i, boolean notAcronym) {
    Tok t = in.get(i);
    String w = t.word();
    Tok spelt = SPELLINGS.get(w);
    if (spelt != null) {
      if (spelt.word().equals("you") && tagIs(in, i + 1, "VB") && !tagIs(in, i - 1, "MD")
          && !tagIs(in, i - 1, "TO") && !lemmaIs(in, i - 1, "do") && !lemmaIs(in, i - 1, "not")) {
        // the tagger reads "u stay" as an imperative; "you stay" is present tense
        Tok verb = in.get(i + 1);
        in.set(i + 1, new Tok(verb.word(), verb.lemma(), "VBP"));
      }
      return List.of(spelt);
    }
    if (w.equals("nt") || w.equals("n't")) {
      return List.of(NOT); // CoreNLP splits "dont" into "do" + "nt"
    }
    if (w.equals("i") && !t.tag().equals("PRP")) {
      return List.of(pronoun("i"));
    }
    Tok negated = NEGATED.get(w);
    if (negated != null && !tagIs(in, i - 1, "DT")) {
      return List.of(negated, NOT);
    }
    List<Tok> glued = GLUED.get(w);
    if (glued != null) {
      return glued;
    }
    if (w.equals("of") && tagIs(in, i - 1, "MD") && (tagIs(in, i + 1, "VBN")
        || tagIs(in, i + 1, "VBD"))) {
      return List.of(have()); // "should of told us"
    }
    if (w.equals("r") && tagStarts(in, i - 1, "PRP")) {
      return List.of(new Tok("are", "be", "VBP")); // "u r"
    }
    return ambiguous(in, i, notAcronym);
  }

  /** Contractions that are also words: rewritten only where context decides. */
  private static List<Tok> ambiguous(List<Tok> in, int i, boolean notAcronym) {
    String w = in.get(i).word();
    switch (w) {
      case "id", "ill" -> {
        return clauseStart(in, i) && verbFollows(in, i + 1)
            ? List.of(pronoun("i"), w.equals("id") ? WOULD : WILL) : null;
      }
      case "im" -> {
        // "IM" alone in capitals is instant messaging; in a shouted sentence it may be "I'm"
        boolean state = !tagStarts(in, i + 1, "NN") && !tagIs(in, i + 1, "")
            && !tagIs(in, i + 1, "CC") && !tagIs(in, i + 1, ",") && !tagIs(in, i + 1, "HYPH");
        return clauseStart(in, i) && state && notAcronym
            ? List.of(pronoun("i"), new Tok("'m", "be", "VBP")) : null;
      }
      case "its" -> {
        return itIs(in, i) ? List.of(pronoun("it"), IS) : null;
      }
      case "lets" -> {
        // "lets add ...", not "it lets you ..."
        return clauseStart(in, i) && (tagIs(in, i + 1, "VB") || tagIs(in, i + 1, "VBP"))
            ? List.of(new Tok("let", "let", "VB"), new Tok("'s", "'s", "PRP")) : null;
      }
      default -> {
        return null;
      }
    }
  }

  /** Whether a clause may begin at {@code i}: "Id like", "so id like", but not "my id". */
  private static boolean clauseStart(List<Tok> in, int i) {
    if (i == 0) {
      return true;
    }
    Tok prev = in.get(i - 1);
    String tag = prev.tag();
    return tag.equals(",") || tag.equals(":") || tag.equals(".") || tag.equals("CC")
        || tag.equals("UH") || tag.startsWith("-") || CLAUSE_OPENERS.contains(prev.word());
  }

  /** Whether a verb follows {@code i}, past adverbs: "id (really) like", "ill be back". */
  private static boolean verbFollows(List<Tok> in, int i) {
    while (tagStarts(in, i, "RB") && !CONTRACTED_VERBS.contains(in.get(i).word())) {
      i++;
    }
    return tagIs(in, i, "VB") || tagIs(in, i, "VBP")
        || i < in.size() && CONTRACTED_VERBS.contains(in.get(i).lemma());
  }

  /**
   * Whether "its" reads as "it's": before an article, a negation, a preposition, "worth", a
   * participle, or an adjective that no noun follows ("its worth it", "its not fair", "its
   * great"), but not "its own menu", "its only drawback".
   */
  private static boolean itIs(List<Tok> in, int i) {
    int j = i + 1;
    if (j < in.size() && (in.get(j).lemma().equals("not") || in.get(j).word().equals("worth"))) {
      return true;
    }
    while (tagStarts(in, j, "RB")) {
      j++;
    }
    String tag = j < in.size() ? in.get(j).tag() : "";
    if (Set.of("DT", "IN", "TO", "VBG", "VBN", "PRP", "PRP$", "EX", "WRB").contains(tag)) {
      return true;
    }
    if (tag.startsWith("JJ")) {
      return !tagStarts(in, j + 1, "NN") && !tagStarts(in, j + 1, "JJ")
          && !tagIs(in, j + 1, "CD") && !tagIs(in, j + 1, "VBG") && !tagIs(in, j + 1, "HYPH");
    }
    return j > i + 1 && (tag.isEmpty() || tag.equals(".") || tag.equals(","));
  }

  /**
   * After a modal and its adverbs comes a base verb: "(you) should add", "id like"; in capitals
   * after "please" and "why not" too.
   */
  private static void verbAfterModal(List<Tok> toks, int i) {
    while (tagStarts(toks, i, "RB") || i < toks.size() && toks.get(i).lemma().equals("not")) {
      i++;
    }
    if (i >= toks.size()) {
      return;
    }
    Tok t = toks.get(i);
    if (Set.of("NN", "NNP", "JJ", "IN", "VBP").contains(t.tag()) && t.word().matches("\\p{L}+")) {
      toks.set(i, new Tok(t.word(), Morphology.lemmaStatic(t.word(), "VB"), "VB"));
    }
  }

  /**
   * Text in capitals gets proper-noun tags all over, even on "A", "YOU" and "MIGHT": function
   * words get their usual tag back, and the verbs that must follow a modal, "do not" or "modal
   * have" get theirs.
   */
  private static void capitalsRetagged(List<Tok> toks) {
    for (int i = 0; i < toks.size(); i++) {
      Tok t = toks.get(i);
      Tok function = FUNCTION_WORDS.get(t.word());
      toks.set(i, function != null ? function : commonNoun(t));
      if (t.word().equals("there") && lemmaIs(toks, i + 1, "be")) {
        toks.set(i, new Tok("there", "there", "EX"));
      }
    }
    for (int i = 0; i < toks.size(); i++) {
      Tok t = toks.get(i);
      boolean whyNot = t.lemma().equals("not") && lemmaIs(toks, i - 1, "why");
      boolean doNot = t.lemma().equals("not") && lemmaIs(toks, i - 1, "do");
      if (doNot && tagStarts(toks, i + 1, "PRP")) {
        i++; // "why don't you open ..."
      }
      if (t.tag().equals("MD") && lemmaIs(toks, i + 1, "have")) {
        participle(toks, i + 2); // "should have seen": a regret, not "have" + a noun
      } else if (t.tag().equals("MD") || t.lemma().equals("please") || whyNot || doNot) {
        verbAfterModal(toks, i + 1);
      }
    }
  }

  private static void participle(List<Tok> toks, int i) {
    if (i >= toks.size() || toks.get(i).tag().startsWith("VB") || tagIs(toks, i, "NNS")) {
      return;
    }
    Tok t = toks.get(i);
    String lemma = Morphology.lemmaStatic(t.word(), "VBN");
    if (!lemma.equals(t.word())) { // "seen", "left"; "should have breakfast" stays
      toks.set(i, new Tok(t.word(), lemma, "VBN"));
    }
  }

  /** Proper-noun tags mean nothing in text written in capitals. */
  private static Tok commonNoun(Tok t) {
    return switch (t.tag()) {
      case "NNP" -> new Tok(t.word(), t.lemma(), "NN");
      case "NNPS" -> new Tok(t.word(), t.lemma(), "NNS");
      default -> t;
    };
  }

  /** Whether the sentence is written in capitals: nearly every word of two letters or more. */
  private static boolean inCapitals(List<Token> tokens) {
    int words = 0;
    int capitals = 0;
    for (Token t : tokens) {
      String w = t.word() == null ? "" : t.word();
      if (w.length() >= 2 && w.chars().anyMatch(Character::isLetter)) {
        words++;
        capitals += isCapitals(w) ? 1 : 0;
      }
    }
    return words >= 2 && capitals >= 0.8 * words;
  }

  private static boolean isCapitals(String w) {
    return w != null && w.chars().anyMatch(Character::isLetter)
        && w.equals(w.toUpperCase(Locale.ROOT));
  }

  private static boolean tagIs(List<Tok> toks, int i, String tag) {
    return i >= 0 && i < toks.size() ? toks.get(i).tag().equals(tag) : tag.isEmpty();
  }

  private static boolean lemmaIs(List<Tok> toks, int i, String lemma) {
    return i >= 0 && i < toks.size() && toks.get(i).lemma().equals(lemma);
  }

  private static boolean tagStarts(List<Tok> toks, int i, String prefix) {
    return i >= 0 && i < toks.size() && toks.get(i).tag().startsWith(prefix);
  }
}
