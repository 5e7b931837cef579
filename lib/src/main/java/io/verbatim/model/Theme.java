package io.verbatim.model;

import java.io.Serializable;
import java.util.List;

/**
 * A theme: a group of aspect phrases customers write about, with a readable label.
 *
 * @param id stable id derived from the theme's key, so the same theme gets the same id next run
 * @param key canonical lemmatised phrase ("lost baggage")
 * @param label readable label ("Lost baggage")
 * @param parentId the broader theme, null for a top-level theme
 * @param owner the back-end function responsible (IT, Logistics, Billing, ...) or "Unassigned"
 * @param terms every lemmatised phrase that counts as a mention of this theme
 * @param pinned true when the theme comes from the taxonomy rather than from the data alone
 * @param question the survey question it was found in when themes are split by question
 *     ({@code themes.splitByQuestion}); null otherwise
 */
public record Theme(String id, String key, String label, String parentId, String owner,
                    List<String> terms, boolean pinned, String question) implements Serializable {

  public static final String UNASSIGNED = "Unassigned";

  public Theme {
    terms = List.copyOf(terms);
  }

  /** A theme of the whole corpus, not of one survey question. */
  public Theme(String id, String key, String label, String parentId, String owner,
               List<String> terms, boolean pinned) {
    this(id, key, label, parentId, owner, terms, pinned, null);
  }

  public Theme withParent(String newParentId, String newOwner) {
    return new Theme(id, key, label, newParentId, newOwner, terms, pinned, question);
  }

  /** This theme as found among the answers to one question, with ids of that question's own. */
  public Theme inQuestion(String newQuestion, java.util.function.UnaryOperator<String> ids) {
    return new Theme(ids.apply(id), key, label, parentId == null ? null : ids.apply(parentId),
        owner, terms, pinned, newQuestion);
  }
}
