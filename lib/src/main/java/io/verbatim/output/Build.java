package io.verbatim.output;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Which build of Verbatim made the outputs: the commit it was built from, whether the work tree
 * had uncommitted changes (then the commit alone cannot reproduce it), and when it was built.
 * Recorded at build time by Maven; "unknown" when built outside a git checkout.
 */
public record Build(String commit, boolean dirty, @JsonProperty("built_at") String builtAt) {

  private static final String UNKNOWN = "unknown";

  /** This library's own build. */
  public static Build current() {
    Properties p = new Properties();
    try (InputStream in = Build.class.getResourceAsStream("build.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Build(p.getProperty("git.commit.id", UNKNOWN),
        Boolean.parseBoolean(p.getProperty("git.dirty", "false")),
        p.getProperty("git.build.time", UNKNOWN));
  }
}
