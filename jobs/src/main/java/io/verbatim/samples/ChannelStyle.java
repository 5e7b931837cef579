package io.verbatim.samples;

import static io.verbatim.samples.Pick.chance;
import static io.verbatim.samples.Pick.one;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Dresses the sentences the way each channel writes: emails get greetings, sign-offs and line
 * breaks, social posts a handle and hashtags, chats are casual, app reviews mention stars.
 */
final class ChannelStyle {

  private static final List<String> GREETINGS = List.of("Dear Northwind,", "Dear Northwind team,",
      "Hello,", "Hi there,", "To whom it may concern,", "Dear Sir or Madam,", "Hi,");
  private static final List<String> SIGN_OFFS = List.of("Regards", "Kind regards", "Thanks",
      "Best wishes", "Sent from my iPhone", "Many thanks");
  private static final List<String> CHAT_HELLOS = List.of("hi", "hello", "hi there", "hey",
      "Hi");
  private static final List<String> NEGATIVE_TAGS = List.of("#fail", "#NorthwindAir",
      "#neveragain", "#customerservice", "#travel", "#badservice");
  private static final List<String> POSITIVE_TAGS = List.of("#NorthwindAir", "#travel",
      "#happycustomer", "#avgeek", "#holiday");
  private static final List<String> NEGATIVE_EMOJI = List.of("🙄", "😡", "😤", "👎");
  private static final List<String> POSITIVE_EMOJI = List.of("👍", "😊", "✈️", "🙌");

  private ChannelStyle() {
  }

  /**
   * @param tone positives minus negatives: below zero negative, above zero positive
   */
  static String dress(String channel, List<String> sentences, int tone, SplittableRandom r) {
    String body = String.join(" ", sentences);
    return switch (channel) {
      case Channels.EMAIL -> email(sentences, r);
      case Channels.SOCIAL -> social(body, tone, r);
      case Channels.CHAT -> chat(body, r);
      case Channels.APP_REVIEW -> appReview(body, tone, r);
      default -> body;
    };
  }

  private static String email(List<String> sentences, SplittableRandom r) {
    StringBuilder text = new StringBuilder();
    boolean lineBreaks = chance(0.6, r);
    String paragraph = lineBreaks ? "\n\n" : " ";
    if (chance(0.45, r)) {
      text.append(one(GREETINGS, r)).append(paragraph);
    }
    // Longer emails come in two paragraphs.
    int split = lineBreaks && sentences.size() >= 4 ? sentences.size() / 2 : -1;
    for (int i = 0; i < sentences.size(); i++) {
      if (i > 0) {
        text.append(i == split ? paragraph : " ");
      }
      text.append(sentences.get(i));
    }
    if (chance(0.4, r)) {
      text.append(lineBreaks ? "\n\n" : " ").append(one(SIGN_OFFS, r));
    }
    return text.toString();
  }

  private static String social(String body, int tone, SplittableRandom r) {
    String text = chance(0.5, r) ? "@NorthwindAir " + body : body;
    if (chance(0.3, r)) {
      List<String> tags = tone < 0 ? NEGATIVE_TAGS : POSITIVE_TAGS;
      String tag = one(tags, r);
      String second = one(tags, r);
      text = text + " " + tag + (!second.equals(tag) && chance(0.3, r) ? " " + second : "");
    }
    if (tone != 0 && chance(0.15, r)) {
      text = text + " " + one(tone < 0 ? NEGATIVE_EMOJI : POSITIVE_EMOJI, r);
    }
    return text;
  }

  private static String chat(String body, SplittableRandom r) {
    String text = body;
    if (chance(0.35, r)) {
      text = Text.lower(text);
    }
    if (chance(0.4, r) && text.endsWith(".")) {
      text = text.substring(0, text.length() - 1);
    }
    if (chance(0.2, r)) {
      text = one(CHAT_HELLOS, r) + (chance(0.5, r) ? ", " : " ") + text;
    }
    return text;
  }

  private static String appReview(String body, int tone, SplittableRandom r) {
    if (!chance(0.2, r)) {
      return body;
    }
    String stars;
    if (tone < 0) {
      stars = one(List.of("One star.", "1 star.", "Two stars until this is fixed.",
          "Giving one star because zero isn't an option."), r);
    } else if (tone > 0) {
      stars = one(List.of("Five stars.", "5 stars!", "Four stars."), r);
    } else {
      stars = "Three stars.";
    }
    return chance(0.5, r) ? stars + " " + body : body + " " + stars;
  }
}
