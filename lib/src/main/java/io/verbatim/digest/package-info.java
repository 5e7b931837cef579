/**
 * The nightly digest: what customers said since yesterday, for everyone and for each back-end
 * function. Spark-free: the job aggregates comments per day and theme into a
 * {@link io.verbatim.digest.DigestInput}, and everything here works on those small series.
 *
 * <p>Flow: {@link io.verbatim.digest.TrendDetector} tests every theme's recent share of comments
 * against its baseline share ({@link io.verbatim.digest.RateTest}, one-sided Fisher exact test)
 * and controls the false discovery rate across themes (Benjamini-Hochberg);
 * {@link io.verbatim.digest.DigestBuilder} adds the top ideas (new ones marked), sentiment changes,
 * ideas per owner, volume, quotes and data quality into a {@link io.verbatim.digest.Digest}
 * (for everyone, or filtered to one owner); {@link io.verbatim.digest.MarkdownRenderer},
 * {@link io.verbatim.digest.DigestJson} and {@link io.verbatim.digest.HtmlRenderer} (charts by
 * {@link io.verbatim.digest.ChartMaker}, JFreeChart) present it; and
 * {@link io.verbatim.digest.DigestMailer} sends it over SMTP.
 */
package io.verbatim.digest;
