package io.verbatim.themes;

import io.verbatim.model.Theme;
import java.util.List;

/**
 * Themes that say how a customer and a company reached each other, not what went wrong: a theme
 * whose head word (the last of its key: "confirmation email", "phone call") is a channel noun of
 * {@code theme-words.txt}, or one that folds a bare channel noun into itself ("call centre" takes
 * in "call"). A complaint names its channel on the way to its subject ("they sent a letter saying
 * my loan was in default"), so a channel theme never stands over another problem as its parent.
 */
public final class Channels {

  private Channels() {
  }

  /** Whether a theme with this key (a lemmatised phrase) and these member phrases is a channel. */
  public static boolean names(String key, List<String> members) {
    String[] words = key.strip().split("\\s+");
    return Vocabulary.CHANNEL_NOUNS.contains(words[words.length - 1])
        || members.stream().anyMatch(Vocabulary.CHANNEL_NOUNS::contains);
  }

  public static boolean names(Theme theme) {
    return theme != null && names(theme.key(), theme.terms());
  }
}
