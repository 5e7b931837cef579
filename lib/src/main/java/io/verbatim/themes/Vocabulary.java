package io.verbatim.themes;

import java.util.List;
import java.util.Set;

/** Word lists that keep theme discovery about aspects of the service, not about language. */
final class Vocabulary {

  private Vocabulary() {
  }

  /** A set from a word list that may repeat a word (the lists are edited by hand). */
  private static Set<String> words(String... words) {
    return Set.copyOf(java.util.Arrays.asList(words));
  }

  /**
   * Nouns too general to be a theme on their own ("time", "thing"); they still take part in
   * compounds ("waiting time").
   */
  static final Set<String> GENERIC_NOUNS = words(
      "thing", "time", "way", "lot", "day", "year", "month", "week", "hour", "minute", "second",
      "people", "person", "customer", "everything", "something", "anything", "nothing", "one",
      "bit", "kind", "sort", "part", "number", "reason", "fact", "case", "point", "end", "job",
      "stuff", "guy", "company", "experience", "problem", "issue", "question", "option", "today",
      "yesterday", "tomorrow", "morning", "evening", "night", "side", "area", "word", "idea",
      "moment", "start", "use", "need", "lack", "level", "place", "name", "order", "request",
      "type", "matter", "result", "attempt", "change", "difference", "situation", "information",
      "detail", "star", "review", "feedback", "comment", "thanks", "thank", "please", "sir",
      "madam", "mr", "mrs", "ms", "hi", "hello", "god", "lol", "ok", "okay", "yes", "no", "none",
      "kid", "child", "family", "wife", "husband", "friend", "mum", "mom", "dad", "daughter",
      "son", "trip", "journey", "holiday", "vacation", "plenty", "couple", "half", "rest", "top",
      "bottom", "front", "back", "middle", "line", "world", "life", "money", "euro", "pound",
      "dollar", "cent", "percent", "%", "x", "etc", "e.g.", "i.e.", "regards", "regard", "cheers",
      "cheer", "suggestion", "nobody", "chance", "choice", "fix", "plus", "member", "passenger",
      "traveller", "traveler", "guest", "user", "client", "team", "everyone", "someone", "anyone",
      "self", "favour", "favor", "shame", "pity", "joke", "disgrace", "mess", "nightmare",
      "hassle", "fault", "dear", "hope", "wish", "love", "mind", "sense", "attention", "note",
      "ps", "p.s.", "reference", "ref", "board", "lady", "gentleman", "man", "woman", "hand",
      "concern", "plus", "side", "whom", "travel", "selection", "pm", "am",
      // "from start to finish", "room for improvement": set phrases, not things to improve.
      "finish", "improvement");

  /**
   * Set phrases (lemmas) whose nouns name nothing: "room for improvement" is a verdict, not a
   * hotel room.
   */
  static final List<List<String>> SET_PHRASES = List.of(List.of("room", "for", "improvement"));

  /** Tokens tagged as nouns that are never aspects (contractions, interjections, fillers). */
  static final Set<String> NOT_ASPECTS = words(
      "n't", "'s", "lot", "lots", "bit", "thanks", "thank", "please", "lol", "omg", "wow", "ok",
      "okay", "hi", "hello", "etc", "yes", "no", "ur", "u", "pls", "plz", "i", "im", "dont",
      "nothing", "everything", "something", "anything", "someone", "anyone", "everyone", "noone");

  /** Adjectives that express an opinion of an aspect rather than name a kind of it. */
  static final Set<String> EVALUATIVE = words(
      "good", "great", "bad", "terrible", "awful", "horrible", "excellent", "amazing", "nice",
      "poor", "fine", "ok", "okay", "decent", "lovely", "wonderful", "fantastic", "perfect",
      "brilliant", "superb", "outstanding", "friendly", "unfriendly", "rude", "helpful",
      "unhelpful", "polite", "impolite", "kind", "slow", "fast", "quick", "long", "short", "easy",
      "hard", "difficult", "simple", "clean", "dirty", "cheap", "expensive", "pricey", "high",
      "low", "big", "small", "huge", "tiny", "best", "worst", "better", "worse", "happy",
      "unhappy", "sad", "angry", "disappointed", "disappointing", "frustrating", "annoying",
      "useless", "useful", "pleasant", "unpleasant", "comfortable", "uncomfortable", "convenient",
      "inconvenient", "reliable", "unreliable", "professional", "unprofessional", "efficient",
      "inefficient", "smooth", "seamless", "confusing", "clear", "unclear", "ridiculous",
      "absurd", "acceptable", "unacceptable", "reasonable", "unreasonable", "fair", "unfair",
      "other", "same", "different", "new", "old", "first", "second", "third", "last", "next",
      "previous", "many",
      "much", "more", "most", "few", "several", "whole", "entire", "only", "own", "real",
      "total", "complete", "usual", "normal", "general", "overall", "main", "certain", "sure",
      "little", "full", "empty", "whole", "extra", "additional", "such", "able", "late", "early",
      "recent", "ongoing", "constant", "endless", "frequent", "several", "various", "numerous",
      "positive", "negative", "super", "top", "quality", "courteous", "attentive", "responsive",
      "knowledgeable", "incompetent", "competent", "awesome", "pathetic", "shocking", "appalling",
      "dreadful", "lousy", "mediocre", "average", "ideal", "incredible", "exceptional", "superior",
      "inferior", "cramped", "spacious", "tasty", "delicious", "bland", "cold", "hot", "warm",
      "stale", "fresh", "broken", "noisy", "quiet", "crowded", "busy", "chaotic", "messy");
}
