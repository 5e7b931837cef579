package io.verbatim.serve;

/**
 * An HTTP error answered as {@code {"error": message}}; the message is one sentence, safe to
 * show.
 */
final class ApiError extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;

  ApiError(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  static ApiError badRequest(String message) {
    return new ApiError(400, message);
  }

  static ApiError notFound(String message) {
    return new ApiError(404, message);
  }

  int status() {
    return status;
  }
}
