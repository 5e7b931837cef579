package io.verbatim.sentiment;

import java.util.Set;

/**
 * A small hand-written polarity lexicon of lower-case words, written for this project (general customer
 * feedback: products, delivery, service, travel). It feeds two features whose weights are learnt
 * from data, so it only needs to say which way a word leans, not how far.
 */
final class Lexicon {

  private static final Set<String> POSITIVE = Set.of(
      "good", "great", "excellent", "amazing", "awesome", "fantastic", "wonderful", "superb",
      "perfect", "perfectly", "love", "lovely", "like", "beautiful", "gorgeous", "pretty", "nice",
      "comfortable", "comfy", "flattering", "happy", "glad", "pleased", "delighted", "satisfied",
      "recommend", "best", "favorite", "favourite", "fabulous", "stunning", "cute", "elegant",
      "soft", "quick", "fast", "prompt", "friendly", "helpful", "polite", "kind", "efficient",
      "easy", "smooth", "clean", "reliable", "impressive", "impressed", "enjoy", "enjoyable",
      "fun", "pleasant", "thank", "thanks", "appreciate", "brilliant", "outstanding", "worth",
      "value", "bargain", "exceptional", "well", "ideal", "classy", "chic", "stylish", "versatile",
      "compliment", "fit", "flatter", "gem", "keeper", "terrific", "incredible", "positive",
      "courteous", "professional", "attentive", "seamless", "spotless", "cozy", "warm");

  private static final Set<String> NEGATIVE = Set.of(
      "bad", "poor", "poorly", "terrible", "horrible", "awful", "worst", "worse", "disappointing",
      "disappointed", "disappointment", "disappoint", "cheap", "cheaply", "flimsy", "ugly",
      "unflattering", "uncomfortable", "itchy", "scratchy", "tight", "boxy", "frumpy", "sloppy",
      "return", "returned", "refund", "rip", "ripped", "tear", "torn", "hole", "stain", "stained",
      "shrink", "shrank", "fade", "faded", "pill", "pilling", "broken", "break", "defective",
      "damaged", "damage", "faulty", "wrong", "missing", "lost", "delay", "delayed", "late",
      "slow", "wait", "waiting", "cancel", "cancelled", "canceled", "rude", "unhelpful", "dirty",
      "smelly", "noisy", "crowded", "problem", "issue", "complaint", "complain", "fail", "failure",
      "error", "crash", "bug", "annoying", "annoyed", "frustrating", "frustrated", "angry",
      "upset", "unacceptable", "ridiculous", "waste", "useless", "overpriced", "expensive",
      "mess", "messy", "hate", "dislike", "sadly", "unfortunately", "unfortunate", "sad",
      "strange", "weird", "odd", "awkward", "shapeless", "sheer", "thin", "scratch", "misleading",
      "never", "nightmare", "disaster", "incompetent", "ignored", "ignore", "overcharge",
      "overcharged", "charge", "stuck", "strand", "stranded", "miss", "mistake", "confusing");

  private Lexicon() {
  }

  /** +1, -1 or 0 for a lower-case word form (the features read no lemmas). */
  static int polarity(String word) {
    if (POSITIVE.contains(word)) {
      return 1;
    }
    return NEGATIVE.contains(word) ? -1 : 0;
  }
}
