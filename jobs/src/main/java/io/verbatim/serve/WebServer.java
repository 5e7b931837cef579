package io.verbatim.serve;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.util.JavalinBindException;
import io.verbatim.config.ConfigException;
import io.verbatim.index.QueryException;
import io.verbatim.index.SearchRequest;
import io.verbatim.index.SearchResult;
import io.verbatim.index.SearchService;
import io.verbatim.index.Views;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The managers' web page and the JSON API over one {@link SearchService}.
 *
 * <pre>
 * GET /                      the page (plus /app.js, /app.css, /favicon.svg)
 * GET /api/search            q, page, size, from, to, f.NAME=VALUE ... -> SearchResult
 * GET /api/facets            q, from, to, f.NAME=VALUE ... -> {total, names, facets}
 * GET /api/themes            order=volume|negative|impact, question= -> [ThemeView]
 * GET /api/themes/{id}       -> ThemePage (404 for an unknown theme)
 * GET /api/ideas             owner=, question= -> [IdeaView]
 * </pre>
 *
 * <p>Nothing is cached here: each request asks the service, which follows index rebuilds.
 */
public final class WebServer implements AutoCloseable {

  static final String INTERNAL_ERROR =
      "Something went wrong on the server; the details are in its log.";

  /** Room for a long query in the URL; the API then refuses it with a clear 400. */
  static final int MAX_REQUEST_HEADER_BYTES = 256 * 1024;

  private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
  private static final String JSON = "application/json; charset=utf-8";
  private static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self';"
      + " img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self';"
      + " frame-ancestors 'none'";

  private final Javalin app;
  private final ServeSettings settings;

  private WebServer(Javalin app, ServeSettings settings) {
    this.app = app;
    this.settings = settings;
  }

  /**
   * Validates the settings and starts serving.
   *
   * @param service answers every API request; not closed by this server
   * @param maxQueryChars longer queries are refused with HTTP 400
   * @throws ConfigException when the settings are refused or the port is taken
   */
  public static WebServer start(SearchService service, ServeSettings settings, int maxQueryChars) {
    settings.validate();
    StaticAssets assets = new StaticAssets();
    TokenAuth auth = new TokenAuth(settings.token(), settings.host());
    Api api = new Api(service, maxQueryChars);
    // Javalin 7 takes every route and handler up front, in its configuration.
    Javalin app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.startup.startupWatcherEnabled = false;
      config.http.prefer405over404 = true;
      config.http.compressionStrategy = CompressionStrategy.GZIP;
      config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
      config.jetty.modifyServletContextHandler(h -> h.setErrorHandler(new JsonErrorHandler()));
      config.jetty.modifyHttpConfiguration(http -> {
        http.setRequestHeaderSize(MAX_REQUEST_HEADER_BYTES);
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
      });
      routes(config.routes, assets, auth, api);
    });

    try {
      app.start(settings.host(), settings.port());
    } catch (JavalinBindException e) {
      app.stop();
      throw new ConfigException("Cannot listen on " + settings.host() + " port " + settings.port()
          + ": it is in use or not allowed; pick another with --port.", e);
    } catch (RuntimeException e) {
      app.stop();
      throw new ConfigException("Cannot listen on " + settings.host() + " port " + settings.port()
          + ": " + rootMessage(e), e);
    }
    return new WebServer(app, settings);
  }

  private static void routes(RoutesConfig routes, StaticAssets assets, TokenAuth auth,
                             Api api) {
    routes.before(ctx -> {
      ctx.header("Cache-Control", "no-store");
      ctx.header("X-Content-Type-Options", "nosniff");
      ctx.header("Referrer-Policy", "no-referrer");
      ctx.header("X-Frame-Options", "DENY");
      ctx.header("Cross-Origin-Resource-Policy", "same-origin");
      ctx.header("Content-Security-Policy", CSP);
      auth.check(ctx, params(ctx).get(TokenAuth.PARAM));
    });

    for (String path : assets.paths()) {
      StaticAssets.Asset asset = assets.get(path);
      routes.get(path, ctx -> ctx.contentType(asset.contentType()).result(asset.bytes()));
    }
    routes.get("/api/search", ctx -> json(ctx, api.search(params(ctx))));
    routes.get("/api/facets", ctx -> json(ctx, api.facets(params(ctx))));
    routes.get("/api/themes", ctx -> json(ctx, api.themes(params(ctx))));
    routes.get("/api/themes/{id}", ctx -> json(ctx, api.theme(ctx.pathParam("id"))));
    routes.get("/api/ideas", ctx -> json(ctx, api.ideas(params(ctx))));

    routes.exception(ApiError.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
    routes.exception(QueryException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
    routes.exception(HttpResponseException.class,
        (e, ctx) -> error(ctx, e.getStatus(), JsonErrorHandler.message(e.getStatus())));
    routes.exception(Exception.class, (e, ctx) -> {
      // The path only: the query string may hold the token.
      LOG.error("Request {} {} failed", ctx.method(), ctx.path(), e);
      error(ctx, 500, INTERNAL_ERROR);
    });
  }

  /** The port actually listened on (useful with port 0). */
  public int port() {
    return app.port();
  }

  /** The address to open in a browser. */
  public String url() {
    String h = settings.host();
    if (h.contains(":") && !h.startsWith("[")) {
      h = "[" + h + "]";
    }
    return "http://" + h + ":" + port() + "/";
  }

  @Override
  public void close() {
    app.stop();
  }

  private static ApiParams params(Context ctx) {
    return ApiParams.parse(ctx.queryString());
  }

  private static void json(Context ctx, Object body) {
    ctx.status(200).contentType(JSON).result(Json.bytes(body));
  }

  private static void error(Context ctx, int status, String message) {
    ctx.status(status).contentType(JSON).result(Json.error(message));
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }

  /** The API's answers; each method refuses bad input with {@link ApiError}. */
  static final class Api {

    private final SearchService service;
    private final int maxQueryChars;

    Api(SearchService service, int maxQueryChars) {
      this.service = service;
      this.maxQueryChars = maxQueryChars;
    }

    SearchResult search(ApiParams p) {
      return service.search(p.searchRequest(service.facetNames(), maxQueryChars));
    }

    Map<String, Object> facets(ApiParams p) {
      SearchRequest r = p.searchRequest(service.facetNames(), maxQueryChars);
      SearchResult result = service.search(new SearchRequest(r.query(), r.filters(), r.from(),
          r.to(), 1, 1));
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("total", result.total());
      body.put("names", service.facetNames());
      body.put("facets", result.facets());
      return body;
    }

    List<Views.ThemeView> themes(ApiParams p) {
      return service.themes(p.themeOrder(), p.get("question"));
    }

    Views.ThemePage theme(String id) {
      try {
        return service.theme(id);
      } catch (QueryException e) {
        throw ApiError.notFound(e.getMessage());
      }
    }

    List<Views.IdeaView> ideas(ApiParams p) {
      return service.ideas(p.get("owner"), p.get("question"));
    }
  }
}
