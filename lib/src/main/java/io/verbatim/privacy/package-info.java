/**
 * Privacy: personal data is replaced before a comment's text reaches any output (tables, index,
 * examples in ideas, logs).
 *
 * <p>{@link io.verbatim.privacy.Redactor} finds e-mail addresses, phone numbers, payment card
 * numbers (Luhn-checked), IBANs (mod-97-checked) and secrets in URLs (user:password@, token=,
 * sig=, ...) and replaces each with a placeholder ({@code [EMAIL]}, {@code [PHONE]},
 * {@code [CARD]}, {@code [IBAN]}, {@code [SECRET]}; the pattern is configurable). It returns a
 * {@link io.verbatim.privacy.Redaction}: the new text and how many values of each category were
 * replaced, never the values; {@link io.verbatim.privacy.RedactionCounts} adds them up across
 * comments for the manifest.
 *
 * <p>Precision matters as much as recall: comments are full of dates, times, prices, flight
 * numbers, order and booking references, and replacing those would damage the analysis. Each
 * finder documents the shapes it accepts and rejects; the tests hold realistic comments for both.
 *
 * <p>Run it after {@link io.verbatim.clean.TextCleaner}: decoding {@code john&#64;example.com}
 * or removing a tag inside a number can reveal a value that was not visible before.
 *
 * <p>Everything is immutable and thread-safe; patterns are precompiled and bounded, so the cost
 * is linear in the text (about 10 MB of adversarial text per second or better).
 */
package io.verbatim.privacy;
