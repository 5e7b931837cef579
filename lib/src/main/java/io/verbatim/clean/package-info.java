/**
 * Cleaning: turns what arrived in a text field into text fit to store and to analyse.
 *
 * <p>{@link io.verbatim.clean.TextCleaner} strips markup, decodes character references, removes
 * control characters, normalises Unicode (NFC) and whitespace, and returns a
 * {@link io.verbatim.clean.TextCleaner.Cleaned} with two texts: the <em>display</em> text to store
 * and show (emoji, URLs and @handles kept), and the <em>analysis</em> text for NLP (URLs, e-mail
 * addresses, @handles, emoji and U+FFFD removed), plus flags saying what was found or done and
 * the emoji found (they carry sentiment).
 *
 * <p>{@link io.verbatim.clean.LanguageIdentifier} tells the language of a text (ISO 639-1, or
 * "und" when too short or ambiguous, which callers treat as English-compatible). Its model is
 * Apache OpenNLP's 103-language detector from Maven Central, loaded once per JVM on first use.
 *
 * <p>Order for a comment: clean, then redact personal data ({@link io.verbatim.privacy}) from both
 * texts, then identify the language on the analysis text:
 * <pre>{@code
 * Cleaned cleaned = TextCleaner.defaults().clean(raw);
 * Redaction shown = redactor.redact(cleaned.displayText());        // stored, counted
 * String analysed = analysisRedactor.redact(cleaned.analysisText()).text(); // replacement ""
 * String language = LanguageIdentifier.get().detect(cleaned.analysisText());
 * }</pre>
 * The analysis text is redacted with an empty replacement so no "[PHONE]" placeholder becomes a
 * noun for the theme finder; sentences cut from it reach outputs, so it must be redacted too.
 */
package io.verbatim.clean;
