package io.verbatim.serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's own errors (requests it cannot parse, too-long URLs) in the API's shape,
 * {@code {"error": "..."}}, instead of Jetty's HTML page. Never shows a stack trace.
 */
final class JsonErrorHandler extends ErrorHandler {

  JsonErrorHandler() {
    setShowStacks(false);
    setShowServlet(false);
    setShowMessageInTitle(false);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, "application/json");
    fields.put(HttpHeader.CACHE_CONTROL, "no-store");
    return ByteBuffer.wrap(Json.error(message(status)));
  }

  @Override
  protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request,
      HttpServletResponse response, int code, String message) throws IOException {
    baseRequest.setHandled(true);
    response.setContentType("application/json");
    response.setHeader("Cache-Control", "no-store");
    response.getOutputStream().write(Json.error(message(code)));
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
