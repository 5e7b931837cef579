package io.verbatim.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The web page's files: a fixed list read from the classpath once, at start-up. Requests are
 * answered from this map by exact path, so no request path ever reaches a file system.
 */
final class StaticAssets {

  private static final String BASE = "/io/verbatim/serve/web/";

  /** One asset: its bytes and content type. */
  record Asset(byte[] bytes, String contentType) {
  }

  /** URL path to resource name and content type; "/" is the page itself. */
  private static final String[][] FILES = {
      {"/", "index.html", "text/html; charset=utf-8"},
      {"/index.html", "index.html", "text/html; charset=utf-8"},
      {"/app.js", "app.js", "text/javascript; charset=utf-8"},
      {"/app.css", "app.css", "text/css; charset=utf-8"},
      {"/favicon.svg", "favicon.svg", "image/svg+xml"},
  };

  private final Map<String, Asset> assets = new LinkedHashMap<>();

  StaticAssets() {
    for (String[] f : FILES) {
      assets.put(f[0], new Asset(read(f[1]), f[2]));
    }
  }

  /** URL paths served. */
  Iterable<String> paths() {
    return assets.keySet();
  }

  Asset get(String path) {
    return assets.get(path);
  }

  private static byte[] read(String name) {
    try (InputStream in = StaticAssets.class.getResourceAsStream(BASE + name)) {
      if (in == null) {
        throw new IllegalStateException("missing web asset " + BASE + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
