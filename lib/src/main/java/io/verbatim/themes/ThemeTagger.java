package io.verbatim.themes;

import io.verbatim.model.AspectMention;
import io.verbatim.model.Sentence;
import io.verbatim.pipeline.Capability;
import io.verbatim.pipeline.SentenceStage;
import io.verbatim.model.SentimentLabel;
import io.verbatim.sentiment.aspect.AspectPolarity;
import io.verbatim.sentiment.aspect.AspectSentiment;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Tags each sentence with the catalog's themes its aspect phrases name, and each theme with the
 * sentiment of the part of the sentence that names it: "The food was great but the service was
 * slow" is good news for food and bad news for service, whatever the sentence adds up to.
 */
public final class ThemeTagger extends SentenceStage {

  private final ThemeCatalog catalog;
  private final AspectSentiment aspectSentiment = new AspectSentiment();

  /** Reads each sentence's aspect phrases and where they stand, as the aspects stage left them. */
  public ThemeTagger(ThemeCatalog catalog) {
    // Sentiment too: a theme mention without an opinion of its own takes the sentence's score.
    super("themes", Set.of(Capability.ASPECTS, Capability.SENTIMENT), Set.of(Capability.THEMES));
    this.catalog = catalog;
  }

  @Override
  protected Sentence process(Sentence s) {
    List<String> themeIds = catalog.match(s.aspects());
    if (themeIds.isEmpty()) {
      return s.withThemes(themeIds);
    }
    List<Double> scores = new ArrayList<>(themeIds.size());
    for (String id : themeIds) {
      scores.add(scoreOf(id, s));
    }
    return s.withThemes(themeIds, scores);
  }

  /**
   * The mean polarity of the theme's mentions that have an opinion of their own; the sentence's
   * score when none has (or none can be placed: tokens missing, or an aspect phrase given from
   * elsewhere). The clause reading only overrides the sentence where it found something to say:
   * in "Delayed again, 4 hours." the theme's own word is the complaint, and a silent clause
   * would turn it neutral.
   */
  private double scoreOf(String themeId, Sentence s) {
    double sum = 0;
    int n = 0;
    for (AspectMention m : s.aspectMentions()) {
      if (themeId.equals(catalog.idOf(m.phrase()))) {
        AspectPolarity p = aspectSentiment.polarity(s.tokens(), m.from(), m.to());
        if (p.label() != SentimentLabel.NEUTRAL) {
          sum += p.score();
          n++;
        }
      }
    }
    return n == 0 ? s.sentimentScore() : sum / n;
  }
}
