package io.verbatim.serve;

import io.verbatim.config.ConfigException;
import io.verbatim.config.VerbatimConfig;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Where the server listens and the token it demands, checked before anything starts.
 *
 * @param host address to bind; a loopback address (127.0.0.1, ::1, localhost) unless a token is set
 * @param port TCP port; 0 picks a free one
 * @param token the shared secret every request must carry; null = none (loopback only)
 */
public record ServeSettings(String host, int port, String token) {

  /** Shorter tokens are refused: a guessable token protects nothing. */
  public static final int MIN_TOKEN_CHARS = 16;

  public ServeSettings {
    host = host == null ? "" : host.strip();
    token = token == null || token.isBlank() ? null : token.strip();
  }

  public static ServeSettings of(VerbatimConfig.Serve serve) {
    return new ServeSettings(serve.host(), serve.port(), serve.token());
  }

  /**
   * Checks the settings and says what is wrong in one sentence.
   *
   * @return this, for chaining
   * @throws ConfigException when the server must not start
   */
  public ServeSettings validate() {
    if (host.isEmpty()) {
      throw new ConfigException("The host to serve on must not be empty (e.g. --host 127.0.0.1).");
    }
    if (port < 0 || port > 65_535) {
      throw new ConfigException("The port must be between 0 and 65535 (0 picks a free port), not "
          + port + ".");
    }
    if (token != null) {
      if (token.length() < MIN_TOKEN_CHARS) {
        throw new ConfigException("The token must be at least " + MIN_TOKEN_CHARS
            + " characters long (e.g. the output of: openssl rand -hex 16).");
      }
      if (!token.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
        throw new ConfigException("The token may only contain printable ASCII characters without"
            + " spaces.");
      }
    }
    if (token == null && !isLoopback()) {
      throw new ConfigException("Serving on " + host + ", which is not a loopback address, needs a"
          + " token that every request must carry: pass --token or set serve.token.");
    }
    return this;
  }

  /** True when the host is a loopback address or a name that resolves to one. */
  public boolean isLoopback() {
    try {
      return InetAddress.getByName(stripBrackets(host)).isLoopbackAddress();
    } catch (UnknownHostException e) {
      throw new ConfigException("Cannot serve on host '" + host + "': the name does not resolve.");
    }
  }

  static String stripBrackets(String h) {
    return h.startsWith("[") && h.endsWith("]") ? h.substring(1, h.length() - 1) : h;
  }
}
