package io.verbatim.privacy;

import io.verbatim.privacy.Redactor.Category;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Secrets in URLs: the user-info of an authority ({@code https://user:password@host}) and the
 * values of parameters whose name says they are secret ({@code ?token=...}, {@code &sig=...},
 * {@code #access_token=...}). Only the secret is replaced; the rest of the URL stays readable.
 * A {@code name=value} pair outside a URL counts too when the name is unambiguous (token,
 * password, api_key, secret...), as in a pasted configuration line; the looser names (key,
 * code, sig, session...) count only after {@code ? & ; #}.
 */
final class UrlSecretFinder {

  // Scheme (bounded) or www., then everything up to whitespace or a character never raw in a URL.
  private static final Pattern URL = Pattern.compile(
      "(?i)(?<![\\p{L}\\p{N}_@.])(?:[a-z][a-z0-9+.\\-]{0,15}://|www\\.)[^\\s<>\"'`{}|\\\\^]++");

  // A name=value pair: after a URL separator, or at the start of a word. Name and value are
  // bounded or possessive, so the scan stays linear on any input.
  private static final Pattern PARAM = Pattern.compile(
      "(?:([?&;#])|(?<![\\p{L}\\p{N}_.\\-\\[\\]]))([A-Za-z][A-Za-z0-9_.\\-\\[\\]]{0,63})"
          + " ?= ?([^\\s&#<>\"'`]++)");

  /** Names that are secrets wherever they appear (compared without separators). */
  private static final Set<String> STRONG = Set.of("token", "accesstoken", "refreshtoken",
      "idtoken", "authtoken", "sessiontoken", "securitytoken", "apikey", "apitoken", "secret",
      "clientsecret", "secretkey", "privatekey", "accesskey", "password", "passwd", "pwd",
      "passphrase", "credential", "credentials");
  /** Name parts that make any compound name secret ("x-amz-security-token", "db_password"). */
  private static final Set<String> STRONG_PARTS = Set.of("token", "secret", "password", "passwd",
      "pwd", "apikey", "credential", "credentials", "passphrase");
  /** Names that are secrets in a URL query or fragment only. */
  private static final Set<String> URL_ONLY = Set.of("key", "sig", "signature", "auth",
      "authorization", "session", "sessionid", "sid", "code", "authcode", "authorizationcode",
      "jwt", "otp", "pass", "hash", "nonce", "ticket", "sharedkey", "accountkey", "sas");
  private static final Set<String> URL_ONLY_PARTS = Set.of("key", "sig", "signature", "auth",
      "session", "sessionid", "sid", "jwt");

  private UrlSecretFinder() {
  }

  static void find(String text, Spans spans) {
    if (text.indexOf("://") >= 0 || containsWww(text)) {
      Matcher url = URL.matcher(text);
      while (url.find()) {
        int start = url.start();
        int end = trimTrailing(text, start, url.end());
        spans.addUrl(start, end);
        userInfo(text, start, end, spans);
      }
    }
    if (text.indexOf('=') < 0) {
      return;
    }
    Matcher param = PARAM.matcher(text);
    while (param.find()) {
      boolean inUrl = param.group(1) != null;
      String name = param.group(2);
      if (!isSecretName(name, inUrl)) {
        continue;
      }
      int start = param.start(3);
      int end = trimTrailing(text, start, param.end(3));
      spans.offer(start, end, Category.URL_SECRET);
    }
  }

  /** Replaces {@code user:password} (or a long token used as the user) before the host. */
  private static void userInfo(String text, int start, int end, Spans spans) {
    // The scheme is at most 16 characters: never search further (many "www." URLs stay linear).
    int scheme = -1;
    for (int i = start; i < Math.min(end - 2, start + 20) && scheme < 0; i++) {
      if (text.charAt(i) == ':' && text.charAt(i + 1) == '/' && text.charAt(i + 2) == '/') {
        scheme = i;
      }
    }
    if (scheme < 0) {
      return;
    }
    int authority = scheme + 3;
    int at = -1;
    boolean colon = false;
    boolean colonBeforeAt = false;
    for (int i = authority; i < end && "/?#".indexOf(text.charAt(i)) < 0; i++) {
      char c = text.charAt(i);
      if (c == '@') {
        at = i;
        colonBeforeAt |= colon;
      } else if (c == ':') {
        colon = true;
      }
    }
    if (at > authority && (colonBeforeAt || at - authority >= 16)) {
      spans.offer(authority, at, Category.URL_SECRET);
    }
  }

  static boolean isSecretName(String name, boolean inUrl) {
    String lower = name.toLowerCase(Locale.ROOT).replace("[", "").replace("]", "");
    String joined = lower.replaceAll("[_.\\-]", "");
    if (STRONG.contains(joined) || joined.endsWith("token") || joined.endsWith("secret")
        || joined.endsWith("password")) {
      return true;
    }
    String[] parts = lower.split("[_.\\-]+");
    for (String part : parts) {
      if (STRONG_PARTS.contains(part)) {
        return true;
      }
    }
    if (!inUrl) {
      return false;
    }
    if (URL_ONLY.contains(joined) || joined.endsWith("signature") || joined.endsWith("apikey")
        || joined.endsWith("sessionid")) {
      return true;
    }
    for (String part : parts) {
      if (URL_ONLY_PARTS.contains(part)) {
        return true;
      }
    }
    return false;
  }

  /** URLs and values in prose end before closing punctuation: "see https://x.y/a?token=t)." */
  private static int trimTrailing(String text, int start, int end) {
    int open = -1;
    int close = 0;
    while (end > start) {
      char c = text.charAt(end - 1);
      if (".,;:!?'\"]}*".indexOf(c) >= 0) {
        end--;
      } else if (c == ')') {
        if (open < 0) {
          open = 0;
          for (int i = start; i < end; i++) {
            char d = text.charAt(i);
            open += d == '(' ? 1 : 0;
            close += d == ')' ? 1 : 0;
          }
        }
        if (open >= close) {
          break;
        }
        close--;
        end--;
      } else {
        break;
      }
    }
    return end;
  }

  /** Whether "www." occurs, in any case (checked at each dot: linear). */
  private static boolean containsWww(String text) {
    for (int i = text.indexOf('.'); i >= 0; i = text.indexOf('.', i + 1)) {
      if (i >= 3 && text.regionMatches(true, i - 3, "www", 0, 3)) {
        return true;
      }
    }
    return false;
  }
}
