/**
 * {@code verbatim serve}: the managers' web page and the JSON API over a run's search index
 * (Javalin on Jetty).
 *
 * <p>Rules worth knowing:
 * <ul>
 *   <li>The server answers only from the {@link io.verbatim.index.SearchService} it was given and
 *       from a fixed list of static assets read from the classpath once at start-up
 *       ({@link io.verbatim.serve.StaticAssets}); no request path is ever turned into a file
 *       name.</li>
 *   <li>Bound to a loopback address it needs no token, but then only answers requests addressed
 *       to a loopback name (so a web page elsewhere cannot reach it through DNS rebinding).
 *       Bound to any other address it refuses to start without a token
 *       ({@link io.verbatim.serve.ServeSettings}).</li>
 *   <li>With a token, every request must carry it ({@link io.verbatim.serve.TokenAuth}).</li>
 *   <li>User errors are HTTP 400 with {@code {"error": "one sentence"}}; unexpected failures are
 *       HTTP 500 with a generic sentence and are logged, never shown.</li>
 *   <li>Nothing is cached: every request asks the search service, which switches to a rebuilt
 *       index by itself.</li>
 * </ul>
 */
package io.verbatim.serve;
