package io.verbatim.cli;

import java.time.LocalDate;
import java.time.ZoneOffset;
import picocli.CommandLine.Option;

/** The digest's date and delivery, shared by {@code nightly} and {@code digest}. */
final class DigestOptions {

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "The night / digest date (default: today, UTC).")
  LocalDate date;

  @Option(names = "--send", description = "Mail the digest (also: digest.mail.enabled).")
  boolean send;

  LocalDate dateOrToday() {
    return date != null ? date : LocalDate.now(ZoneOffset.UTC);
  }
}
