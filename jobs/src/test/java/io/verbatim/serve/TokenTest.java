package io.verbatim.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verbatim.config.ConfigException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** With a token, every request (page, assets, API) must carry it. */
class TokenTest {

  static final String TOKEN = "s3cret-token-0123456789";
  static WebServer server;
  static Http http;

  @BeforeAll
  static void start() {
    server = WebServer.start(new StubSearchService(), new ServeSettings("127.0.0.1", 0, TOKEN),
        1000);
    http = new Http(server.port());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void everyRequestWithoutTheTokenIsRefused() {
    for (String path : List.of("/", "/app.js", "/app.css", "/api/search", "/api/themes",
        "/api/ideas", "/api/facets", "/api/themes/x", "/nope", "/../pom.xml")) {
      Http.Response r = http.get(path.equals("/../pom.xml") ? "/%2e%2e/pom.xml" : path);
      assertTrue(r.status() == 401 || r.status() == 400, path + " -> " + r.status());
      if (r.status() == 401) {
        assertTrue(r.header("WWW-Authenticate").startsWith("Bearer"), path);
        ServerApiTest.assertOneSentenceError(r);
      }
    }
  }

  @Test
  void aWrongTokenIsRefused() {
    assertEquals(401, http.get("/api/themes", "Authorization", "Bearer wrong").status());
    assertEquals(401, http.get("/api/themes", "Authorization", "Bearer " + TOKEN + "x").status());
    assertEquals(401, http.get("/api/themes", "Authorization", "Basic " + TOKEN).status());
    assertEquals(401, http.get("/api/themes?token=wrong").status());
    assertEquals(401, http.get("/", "Cookie", TokenAuth.COOKIE + "=" + TOKEN).status());
    Http.Response r = http.get("/api/themes?token=nope");
    assertEquals("The token is wrong.", r.json().get("error").asText());
  }

  @Test
  void theBearerHeaderOpensTheApi() {
    Http.Response r = http.get("/api/themes", "Authorization", "Bearer " + TOKEN);
    assertEquals(200, r.status(), r.body());
    assertEquals(200, http.get("/api/search?q=x", "Authorization", "bearer " + TOKEN).status());
  }

  @Test
  void theTokenInTheAddressOpensThePageAndSetsACookieForTheRest() {
    Http.Response page = http.get("/?token=" + TOKEN);
    assertEquals(200, page.status());
    String setCookie = page.header("Set-Cookie");
    assertNotNull(setCookie);
    assertTrue(setCookie.contains("HttpOnly") && setCookie.contains("SameSite=Strict"), setCookie);
    assertTrue(!setCookie.contains(TOKEN), "the cookie holds a hash, not the token");
    String cookie = setCookie.substring(0, setCookie.indexOf(';'));
    assertEquals(200, http.get("/app.js", "Cookie", cookie).status());
    assertEquals(200, http.get("/api/ideas", "Cookie", cookie).status());
    // The API takes ?token= too (for scripts that cannot set a header).
    assertEquals(200, http.get("/api/ideas?token=" + TOKEN).status());
  }

  @Test
  void aTokenAllowsAnyHostName() {
    String r = http.raw("/api/themes?token=" + TOKEN, "verbatim.example.org");
    assertEquals(200, Http.status(r), r);
  }

  @Test
  void nonLoopbackHostsNeedAToken() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> new ServeSettings("0.0.0.0", 8080, null).validate());
    assertTrue(e.getMessage().contains("needs a token"), e.getMessage());
    assertTrue(e.getMessage().contains("--token"), e.getMessage());
    assertThrows(ConfigException.class, () -> new ServeSettings("0.0.0.0", 8080, "  ").validate());
    assertThrows(ConfigException.class,
        () -> WebServer.start(new StubSearchService(), new ServeSettings("0.0.0.0", 0, null), 10));
    new ServeSettings("0.0.0.0", 8080, TOKEN).validate();
    new ServeSettings("localhost", 8080, null).validate();
    new ServeSettings("::1", 8080, null).validate();
    new ServeSettings("127.0.0.2", 8080, null).validate();
  }

  @Test
  void weakOrBadSettingsAreRefused() {
    assertThrows(ConfigException.class, () -> new ServeSettings("0.0.0.0", 80, "short").validate());
    assertThrows(ConfigException.class,
        () -> new ServeSettings("127.0.0.1", 80, "has spaces in the token!").validate());
    assertThrows(ConfigException.class,
        () -> new ServeSettings("127.0.0.1", 70000, null).validate());
    assertThrows(ConfigException.class, () -> new ServeSettings("", 8080, null).validate());
    assertThrows(ConfigException.class,
        () -> new ServeSettings("no-such-host.invalid", 8080, null).validate());
  }
}
