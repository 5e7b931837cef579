package io.verbatim.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds the public evaluation data ({@code ../shared/data} beside the checkout) for tests that
 * measure quality on it. Where the data is absent the test is skipped, except when the build asks
 * for it with {@code -Dverbatim.requireData=true} (CI does): there a missing folder must fail the
 * build instead of silently skipping every quality floor.
 */
public final class PublicData {

  private PublicData() {
  }

  /** The data folder, or the test is skipped (or failed, when data is required). */
  public static Path folder() {
    Path found = Stream.of(Path.of("../shared/data"), Path.of("../../shared/data"),
            Path.of("/work/shared/data"))
        .filter(Files::isDirectory).findFirst().map(Path::toAbsolutePath).orElse(null);
    if (found == null && Boolean.getBoolean("verbatim.requireData")) {
      throw new IllegalStateException("public evaluation data not found in ../shared/data"
          + " (from " + Path.of("").toAbsolutePath() + ") but -Dverbatim.requireData=true");
    }
    Assumptions.assumeTrue(found != null, "public evaluation data not available");
    return found;
  }

  /** A file under the data folder, which must exist when the folder does. */
  public static Path file(String relative) {
    Path file = folder().resolve(relative);
    if (!Files.isReadable(file)) {
      throw new IllegalStateException("public data folder has no " + relative);
    }
    return file;
  }
}
