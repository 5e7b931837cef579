package io.verbatim.digest;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where and how digests are mailed.
 *
 * @param host SMTP server
 * @param port SMTP port (587 for STARTTLS, 465 for SSL, 25 inside a trusted network)
 * @param security transport security; STARTTLS and SSL check the server's certificate and name
 * @param username null to send without authentication
 * @param password the password for {@code username} (keep it out of files: pass it through the
 *     environment)
 * @param from sender address, e.g. {@code "Verbatim <verbatim@example.com>"}
 * @param to recipients of the digest for everyone; empty to send only owners' digests
 * @param ownerRecipients per owner (exactly as the taxonomy spells it) the recipients of its own
 *     digest
 * @param timeout connect, read and write timeout, so a dead server cannot hang the nightly job
 */
public record MailSettings(String host, int port, Security security, String username,
                           String password, String from, List<String> to,
                           Map<String, List<String>> ownerRecipients, Duration timeout) {

  /** How the connection is protected. */
  public enum Security {
    /** Plain SMTP (only for a relay on a trusted network, or tests). */
    NONE,
    /** Upgrade with STARTTLS, and refuse to send if the server does not offer it. */
    STARTTLS,
    /** TLS from the first byte (SMTPS). */
    SSL
  }

  public MailSettings {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(security, "security");
    Objects.requireNonNull(from, "from");
    if (port < 1 || port > 65_535) {
      throw new IllegalArgumentException("SMTP port out of range: " + port);
    }
    to = to == null ? List.of() : List.copyOf(to);
    ownerRecipients = ownerRecipients == null ? Map.of() : Map.copyOf(ownerRecipients);
    timeout = timeout == null ? Duration.ofSeconds(30) : timeout;
  }

  /** Everything but the password, which must not end up in a log. */
  @Override
  public String toString() {
    return "MailSettings[host=" + host + ", port=" + port + ", security=" + security
        + ", username=" + username + ", password=" + (password == null ? "null" : "****")
        + ", from=" + from + ", to=" + to + ", ownerRecipients=" + ownerRecipients
        + ", timeout=" + timeout + "]";
  }
}
