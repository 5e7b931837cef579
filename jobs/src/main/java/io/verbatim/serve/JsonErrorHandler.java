package io.verbatim.serve;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.util.List;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own errors (requests it cannot parse, too-long URLs, ambiguous paths) in the API's
 * shape, {@code {"error": "..."}}, instead of Jetty's HTML page, whatever the client accepts.
 * Never shows a stack trace. Written for Jetty 12's core API: one handler serves the server and
 * the servlet context Javalin runs in.
 */
final class JsonErrorHandler extends ErrorHandler {

  JsonErrorHandler() {
    setShowStacks(false);
    setShowCauses(false);
    setShowMessageInTitle(false);
  }

  @Override
  protected boolean generateAcceptableResponse(Request request, Response response,
                                               Callback callback, String contentType,
                                               List<Charset> charsets, int code, String message,
                                               Throwable cause) {
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    response.write(true, ByteBuffer.wrap(Json.error(message(code))), callback);
    return true;
  }

  static String message(int status) {
    switch (status) {
      case 400:
        return "The request is malformed.";
      case 401:
        return "This server needs a token.";
      case 403:
        return "This request is not allowed.";
      case 404:
        return "There is no page or API endpoint at this address.";
      case 405:
        return "Only GET requests are answered here.";
      case 414:
      case 431:
        return "The request is too long.";
      case 500:
        return WebServer.INTERNAL_ERROR;
      default:
        return "The request failed (HTTP " + status + ").";
    }
  }
}
