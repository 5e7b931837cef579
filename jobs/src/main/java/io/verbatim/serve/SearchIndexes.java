package io.verbatim.serve;

import io.verbatim.config.ConfigException;
import io.verbatim.config.VerbatimConfig;
import io.verbatim.index.LuceneSearchService;
import io.verbatim.index.SearchService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Opens a run's search index for the command line, with one clear sentence when it cannot. */
public final class SearchIndexes {

  private static final Logger LOG = LoggerFactory.getLogger(SearchIndexes.class);

  private SearchIndexes() {
  }

  /**
   * @param outDir the run's output folder (the one given to {@code verbatim run --out})
   * @throws ConfigException when there is no readable index there
   */
  public static SearchService open(Path outDir, VerbatimConfig.Index cfg) {
    if (!Files.isDirectory(outDir)) {
      throw new ConfigException("Output folder " + outDir + " does not exist.");
    }
    if (!Files.exists(outDir.resolve("index"))) {
      throw new ConfigException("Output folder " + outDir + " has no search index (index/);"
          + " build it with verbatim run, or verbatim index --out " + outDir + ".");
    }
    try {
      return LuceneSearchService.open(outDir, cfg);
    } catch (UncheckedIOException e) {
      throw new ConfigException("The search index in " + outDir + " cannot be read: "
          + sentence(e.getMessage()), e);
    } catch (IllegalArgumentException e) {
      // A missing or broken synonyms file (index.synonyms).
      throw new ConfigException(sentence(e.getMessage()), e);
    }
  }

  private static String sentence(String message) {
    String m = message == null ? "unknown error" : message.strip();
    int nl = m.indexOf('\n');
    m = nl < 0 ? m : m.substring(0, nl);
    return m.endsWith(".") ? m : m + ".";
  }

  /** Closes a service at shutdown; a failure is logged, not thrown. */
  public static void closeQuietly(SearchService service) {
    try {
      service.close();
    } catch (IOException | RuntimeException e) {
      LOG.warn("Closing the search index failed", e);
    }
  }
}
