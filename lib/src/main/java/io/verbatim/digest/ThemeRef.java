package io.verbatim.digest;

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
 */
public record ThemeRef(String id, String label, String parentId, String owner) {

  public ThemeRef {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    owner = owner == null || owner.isBlank() ? Theme.UNASSIGNED : owner;
  }

  public static ThemeRef of(Theme theme) {
    return new ThemeRef(theme.id(), theme.label(), theme.parentId(), theme.owner());
  }
}
