package io.verbatim.cli;

import io.verbatim.output.Versions;
import java.util.Map;
import picocli.CommandLine;

/** {@code --version}: Verbatim and the libraries it was built with. */
final class VersionProvider implements CommandLine.IVersionProvider {

  @Override
  public String[] getVersion() {
    Map<String, String> v = Versions.all(null);
    return v.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toArray(String[]::new);
  }
}
