package io.verbatim.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/** Versions of Verbatim and the libraries it was built with, recorded in every manifest. */
public final class Versions {

  private Versions() {
  }

  /**
   * Build-time versions plus the running Java; {@code sparkVersion} is the Spark actually running
   * (null outside Spark).
   */
  public static Map<String, String> all(String sparkVersion) {
    Properties p = new Properties();
    try (InputStream in = Versions.class.getResourceAsStream("versions.properties")) {
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> out = new LinkedHashMap<>();
    out.put("verbatim", p.getProperty("verbatim"));
    out.put("spark", sparkVersion == null ? p.getProperty("spark") : sparkVersion);
    out.put("corenlp", p.getProperty("corenlp"));
    out.put("lucene", p.getProperty("lucene"));
    out.put("java", System.getProperty("java.version"));
    return out;
  }
}
