/**
 * The data files rules and models keep their words in: {@link io.verbatim.words.SectionedWords}
 * reads a word list from the classpath, section by section, and {@link
 * io.verbatim.words.WordVectors} the static word vectors distilled from a sentence encoder. No
 * rule lives here, only the formats.
 */
package io.verbatim.words;
