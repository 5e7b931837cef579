package io.verbatim.config;

/** A configuration problem, described in one sentence that can be shown to the user as is. */
public class ConfigException extends RuntimeException {

  public ConfigException(String message) {
    super(message);
  }

  public ConfigException(String message, Throwable cause) {
    super(message, cause);
  }
}
