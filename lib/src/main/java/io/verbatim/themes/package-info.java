/**
 * Themes: what customers write about. Owns aspect-phrase extraction, the taxonomy (pinned themes,
 * synonyms, owners), theme discovery from phrase counts, tagging sentences with themes, and the
 * per-theme figures (volume, sentiment, trend, score impact).
 *
 * <p>Flow: {@link io.verbatim.themes.AspectExtractor} adds lemmatised aspect phrases to each
 * sentence, failures told as events included ({@link io.verbatim.themes.EventPhrases}; any act
 * told negated with its object, "did not apply my payment": {@link io.verbatim.themes.NegatedActs};
 * the customer's own inability to pay, "we could not afford the rent", is one hardship event
 * instead: {@link io.verbatim.themes.Hardship});
 * {@link io.verbatim.themes.PhraseCounts} counts them over all comments (mergeable, so a
 * distributed runner can aggregate it); {@link io.verbatim.themes.ThemeBuilder} turns the counts
 * into a {@link io.verbatim.themes.ThemeCatalog}, folding words used alike into one theme
 * ({@link io.verbatim.themes.NearDuplicates}); {@link io.verbatim.themes.ThemeNesting} keeps
 * the top level short by co-occurrence, never under a channel
 * ({@link io.verbatim.themes.Channels}: letter, email, phone call); {@link io.verbatim.themes.ThemeTagger} tags
 * sentences with it, each theme with the sentiment of the clause that names it;
 * {@link io.verbatim.themes.ThemeStats} measures each theme by those per-theme scores
 * ({@link io.verbatim.themes.ThemeSentiments} rolls them up to parent themes);
 * {@link io.verbatim.themes.MainTheme} names the theme each comment is mostly about, weighing
 * its themes by rarity, by where the comment sits in word-vector space
 * ({@link io.verbatim.themes.TopicVector}, {@link io.verbatim.themes.ThemeCentroids}) and by
 * how well its words fit each theme's comments' words ({@link io.verbatim.themes.ThemeLemmas});
 * {@link io.verbatim.themes.ActNouns} tells a theme noun that names a process ("foreclosure")
 * from a thing or setting ("car") or an act done to anything ("access") by the corpus's own
 * verbs, and {@link io.verbatim.themes.Grievances} one that names the customer's grievance
 * itself ("violation", "dispute"). Word lists
 * live in {@code theme-words.txt} and {@code event-phrases.txt}.
 */
package io.verbatim.themes;
