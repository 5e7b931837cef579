/**
 * The data files rules keep their words in: {@link io.verbatim.words.SectionedWords} reads one
 * from the classpath, section by section. No rule lives here, only the format.
 */
package io.verbatim.words;
