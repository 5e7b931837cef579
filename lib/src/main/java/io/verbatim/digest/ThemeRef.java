package io.verbatim.digest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.verbatim.model.Theme;
import java.util.Objects;

/**
 * The part of a theme a digest shows: enough to name it, place it under its parent and route it
 * to the function that owns it.
 *
 * @param id stable theme id (the same every run)
 * @param label readable label
 * @param parentId broader theme, null for a top-level theme
 * @param owner back-end function responsible ({@link Theme#UNASSIGNED} when none)
 * @param question the survey question the theme was found in when split by question, else null
 */
public record ThemeRef(String id, String label, String parentId, String owner,
                       @JsonInclude(JsonInclude.Include.NON_NULL) String question) {

  public ThemeRef {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    owner = owner == null || owner.isBlank() ? Theme.UNASSIGNED : owner;
  }

  public ThemeRef(String id, String label, String parentId, String owner) {
    this(id, label, parentId, owner, null);
  }

  public static ThemeRef of(Theme theme) {
    return new ThemeRef(theme.id(), theme.label(), theme.parentId(), theme.owner(),
        theme.question());
  }
}
