package io.verbatim.serve;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Who may ask. With a token, every request must carry it: the header
 * {@code Authorization: Bearer TOKEN}, the parameter {@code ?token=TOKEN}, or the cookie the
 * server sets when a page is opened with {@code ?token=} (HttpOnly, SameSite=Strict; it holds a
 * hash of the token, not the token). Without a token (loopback only), requests must be addressed
 * to a loopback name, so a page on another site cannot reach the server through DNS rebinding.
 */
final class TokenAuth {

  static final String COOKIE = "verbatim_token";
  static final String PARAM = "token";

  private final byte[] tokenHash;
  private final String cookieValue;
  private final String boundHost;

  /**
   * @param token the token; null = none
   * @param boundHost the host the server is bound to, also accepted as a Host header
   */
  TokenAuth(String token, String boundHost) {
    this.tokenHash = token == null ? null : sha256("token:" + token);
    this.cookieValue = token == null ? null : HexFormat.of().formatHex(sha256("cookie:" + token));
    this.boundHost = ServeSettings.stripBrackets(boundHost).toLowerCase(Locale.ROOT);
  }

  /** Lets the request through or throws 401 / 403. */
  void check(Context ctx, String queryToken) {
    if (tokenHash == null) {
      checkHost(ctx.header("Host"));
      return;
    }
    String bearer = bearer(ctx.header("Authorization"));
    if (bearer != null && matches(bearer)) {
      return;
    }
    if (queryToken != null && matches(queryToken)) {
      // The page's own scripts, styles and API calls then authenticate with the cookie.
      ctx.header("Set-Cookie", COOKIE + "=" + cookieValue + "; Path=/; HttpOnly; SameSite=Strict");
      return;
    }
    String cookie = ctx.cookie(COOKIE);
    if (cookie != null && MessageDigest.isEqual(cookie.getBytes(StandardCharsets.UTF_8),
        cookieValue.getBytes(StandardCharsets.UTF_8))) {
      return;
    }
    ctx.header("WWW-Authenticate", "Bearer realm=\"verbatim\"");
    throw new ApiError(401, bearer == null && queryToken == null && cookie == null
        ? "This server needs a token: send the header 'Authorization: Bearer TOKEN', or open"
            + " the page as /?token=TOKEN."
        : "The token is wrong.");
  }

  private boolean matches(String presented) {
    // Comparing fixed-length hashes takes the same time whatever was sent.
    return MessageDigest.isEqual(tokenHash, sha256("token:" + presented));
  }

  private void checkHost(String hostHeader) {
    if (hostHeader == null) {
      return; // HTTP/1.0; browsers always send Host
    }
    String h = hostHeader.strip().toLowerCase(Locale.ROOT);
    if (h.startsWith("[")) {
      int end = h.indexOf(']');
      h = end < 0 ? h : h.substring(1, end);
    } else if (h.indexOf(':') >= 0 && h.indexOf(':') == h.lastIndexOf(':')) {
      h = h.substring(0, h.indexOf(':'));
    }
    boolean loopback = h.equals("localhost") || h.endsWith(".localhost") || h.equals("::1")
        || h.matches("127(\\.\\d{1,3}){3}") || h.equals(boundHost);
    if (!loopback) {
      throw new ApiError(403, "This server only answers requests addressed to localhost or"
          + " 127.0.0.1; serve with a token to reach it under another name.");
    }
  }

  private static String bearer(String authorization) {
    if (authorization == null) {
      return null;
    }
    String a = authorization.strip();
    if (a.length() > 7 && a.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return a.substring(7).strip();
    }
    return a.isEmpty() ? null : "";
  }

  private static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
