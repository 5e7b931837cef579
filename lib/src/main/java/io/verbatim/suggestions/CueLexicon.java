package io.verbatim.suggestions;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The word lists behind the rules, in one place so they can be reviewed and extended together. All
 * entries are lower-case lemmas unless the name says otherwise.
 */
final class CueLexicon {

  private CueLexicon() {
  }

  /** A set from space-separated words; duplicates are harmless, which Set.of would reject. */
  static Set<String> words(String spaceSeparated) {
    return Set.copyOf(Arrays.asList(spaceSeparated.trim().split("\\s+")));
  }

  /** A map from space-separated "key=value" pairs. */
  static Map<String, String> pairs(String spaceSeparated) {
    Map<String, String> map = new HashMap<>();
    for (String pair : spaceSeparated.trim().split("\\s+")) {
      int eq = pair.indexOf('=');
      map.put(pair.substring(0, eq), pair.substring(eq + 1));
    }
    return Map.copyOf(map);
  }

  /**
   * Words skipped before looking for an imperative at the start of a clause: politeness,
   * discourse markers and hedges ("Also, please just add ...").
   */
  static final Set<String> CLAUSE_PREFIX = words(
      "please just also so and or but then maybe perhaps definitely really simply kindly"
      + " seriously honestly again instead otherwise alternatively additionally finally plus"
      + " oh ok okay hey hi hello yes still therefore thus hence now anyway however or"
      + " hopefully ps p.s. tip advice suggestion btw generally personally else always"
      + " certainly absolutely");

  /**
   * Base-form verbs that start subjectless sentences which are not requests: feelings and
   * thoughts with the "I" dropped ("Love the new menu", "Hope you enjoy"), thanks, greetings.
   */
  static final Set<String> NON_REQUEST_VERBS = words(
      "thank love like hate enjoy appreciate adore dislike miss know think guess suppose"
      + " understand believe mean wonder hope wish want need feel see hear agree disagree care"
      + " mind bet seem sound congratulate welcome excuse pardon forgive say cheer recommend"
      + " expect realize realise notice note regret prefer lol look read stand sorry happen"
      + " please imagine assume contrast");

  /**
   * Verbs of asking for information or for one's own case. "Could you tell me ..." and "Please
   * send me my invoice" are service requests, not suggestions to change something.
   */
  static final Set<String> INFO_VERBS = words(
      "tell explain confirm advise clarify answer help call email contact reply respond"
      + " note see find know let check inform notify forward share look show point refund"
      + " cancel reimburse compensate consider assist");

  /**
   * Personal plans that follow "I'd love to" or "I wish I could" without asking anything of the
   * business: "I'd love to come back", "I wish I could give zero stars".
   */
  static final Set<String> PERSONAL_VERBS = words(
      "stay come go return visit live give rate thank say mention point ask know share add"
      + " express comment compliment congratulate complain start begin tell recommend hear"
      + " afford remember forget be do get try book spend enjoy see leave travel fly take make"
      + " use");

  /** Objects of "I would like/appreciate ..." that ask for service, not for a change. */
  static final Set<String> PERSONAL_REQUEST_NOUNS = words(
      "refund response reply answer call callback explanation apology compensation update"
      + " it that this them one receipt invoice confirmation voucher discount credit room seat"
      + " upgrade stay visit help assistance information feedback contact email");

  /** Adjectives that make "it would be ___ if/to ..." a wish for something. */
  static final Set<String> DESIRABLE = words(
      "great nice good helpful useful awesome better best wonderful cool ideal fantastic"
      + " lovely brilliant excellent beneficial handy convenient preferable smart wise"
      + " sensible advisable appreciated welcome perfect amazing fabulous terrific superb"
      + " valuable worthwhile desirable neat fine fair easier nicer greater cooler super grand"
      + " idea plus bonus improvement addition touch welcomed interesting appropriate logical"
      + " reasonable practical ok okay important essential necessary");

  /**
   * Present-tense advice: "it is best to book early", "it's worth paying for a sea view". Smaller
   * than {@link #DESIRABLE} because "it is nice to ..." in the present usually describes.
   */
  static final Set<String> ADVISABLE = words(
      "better best advisable wise recommended essential worth worthwhile smart sensible"
      + " idea important critical crucial vital necessary sense");

  /** Verbs after which "would ___" introduces a wish: "I'd love to see ...". */
  static final Set<String> WISH_VERBS = words(
      "love like appreciate prefer welcome enjoy");

  /** Verbs whose subject "I/we" proposes something: "I suggest ...", "we recommend ...". */
  static final Set<String> ADVISING_VERBS = words(
      "suggest recommend propose advise urge encourage advocate");

  /** Nouns that announce a suggestion: "My suggestion is to ...", "Feature request: ...". */
  static final Set<String> SUGGESTION_NOUNS = words(
      "suggestion recommendation advice tip request proposal wish idea solution improvement"
      + " fix workaround hint");

  /** "You could ___" is only a suggestion with a verb of changing something. */
  static final Set<String> CHANGE_VERBS = words(
      "add offer provide make improve fix change allow give include consider try put"
      + " install introduce remove update upgrade reduce increase extend hire train bring let"
      + " create implement enable support expose open lower replace integrate drop stop start"
      + " display show keep move build release publish hide develop design rethink reconsider"
      + " adopt simplify speed look");

  /**
   * Verbs that are often mis-tagged as nouns at the start of a title-like sentence ("Update the
   * app", "Support dark mode"); they count as imperatives when an object follows.
   */
  static final Set<String> IMPERATIVE_FALLBACK = words(
      "add allow make provide update change fix improve support enable remove bring give"
      + " let offer include increase reduce extend expose implement create put integrate show"
      + " display upgrade open release stop start use consider replace hire train lower ask"
      + " book avoid try request check get keep sync restore return hide move drop build"
      + " publish install introduce unify merge block filter limit set head park walk");

  /** Subject heads that act, so "the staff should smile more" becomes "smile more". */
  static final Set<String> AGENT_HEADS = words(
      "you they he she someone somebody everyone everybody anyone anybody one staff"
      + " management manager hotel airline company team crew employee owner developer"
      + " reception receptionist housekeeping support guest user customer passenger people"
      + " traveler traveller visitor dev microsoft google apple operator carrier restaurant"
      + " shop store bank government council");

  /** Nouns of repair after "needs/could use": "the room needs a makeover" = "revamp room". */
  static final Map<String, String> REPAIR_NOUNS = pairs(
      "work=improve improvement=improve attention=improve tlc=improve update=update"
      + " updating=update upgrade=upgrade refresh=refresh makeover=revamp facelift=revamp"
      + " revamp=revamp renovation=renovate refurbishment=refurbish overhaul=overhaul"
      + " redesign=redesign fix=fix fixing=fix cleaning=clean clean=clean repair=repair"
      + " maintenance=maintain rethink=rethink paint=repaint lick=repaint replacement=replace"
      + " replacing=replace renewal=renew renewing=renew renovating=renovate"
      + " refurbishing=refurbish redecoration=redecorate redecorating=redecorate"
      + " modernisation=modernise modernization=modernize modernising=modernise"
      + " modernizing=modernize repainting=repaint servicing=service");

  /**
   * First words of an introductory clause after which, past the comma, an imperative may
   * follow: "If you go, ask for ...", "For dinner, head to ...".
   */
  static final Set<String> ADVERBIAL_INTRO = words(
      "if when for in at after before once while whenever unless on during upon since to"
      + " from with by tip advice suggestion as");

  /** Verbs that, with "it/this/that" as subject, make "should" a prediction: "this should help". */
  static final Set<String> EPISTEMIC_VERBS = words(
      "help do take last arrive come cost happen suffice mean go");

  /** Predicate adjectives of reproach: "you should be ashamed" is a complaint. */
  static final Set<String> REPROACH = words(
      "ashamed embarrassed sorry fired shame disgrace joke");
}
