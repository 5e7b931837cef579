package io.verbatim.themes;

import io.verbatim.model.AnalyzedComment;
import io.verbatim.model.Sentence;
import io.verbatim.pipeline.Capability;
import io.verbatim.pipeline.CommentStage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Tags each sentence with the catalog's themes its aspect phrases name. */
public final class ThemeTagger implements CommentStage {

  private final ThemeCatalog catalog;

  public ThemeTagger(ThemeCatalog catalog) {
    this.catalog = catalog;
  }

  @Override
  public String name() {
    return "themes";
  }

  @Override
  public Set<Capability> requires() {
    return Set.of(Capability.ASPECTS);
  }

  @Override
  public Set<Capability> adds() {
    return Set.of(Capability.THEMES);
  }

  @Override
  public AnalyzedComment apply(AnalyzedComment c) {
    List<Sentence> out = new ArrayList<>(c.sentences().size());
    for (Sentence s : c.sentences()) {
      out.add(s.withThemes(catalog.match(s.aspects())));
    }
    return c.withSentences(out);
  }
}
