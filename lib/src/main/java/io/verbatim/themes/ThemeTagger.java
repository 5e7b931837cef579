package io.verbatim.themes;

import io.verbatim.model.Sentence;
import io.verbatim.pipeline.Capability;
import io.verbatim.pipeline.SentenceStage;
import java.util.Set;

/** Tags each sentence with the catalog's themes its aspect phrases name. */
public final class ThemeTagger extends SentenceStage {

  private final ThemeCatalog catalog;

  public ThemeTagger(ThemeCatalog catalog) {
    super("themes", Set.of(Capability.ASPECTS), Set.of(Capability.THEMES));
    this.catalog = catalog;
  }

  @Override
  protected Sentence process(Sentence s) {
    return s.withThemes(catalog.match(s.aspects()));
  }
}
