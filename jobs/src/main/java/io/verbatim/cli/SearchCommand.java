package io.verbatim.cli;

import io.verbatim.config.ConfigLoader;
import io.verbatim.config.VerbatimConfig;
import io.verbatim.index.SearchRequest;
import io.verbatim.index.SearchResult;
import io.verbatim.index.SearchService;
import io.verbatim.serve.CommandLineSearch;
import io.verbatim.serve.SearchIndexes;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code verbatim search}: the web page's search, printed. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = {"Search a run's index: matching sentences (date, channel, sentiment, text) and"
        + " the top facet counts.",
        "Query syntax: words, \"phrases\", AND / OR / NOT, prefix*; empty = every sentence."})
final class SearchCommand implements Callable<Integer> {

  @Parameters(index = "0", arity = "0..1", paramLabel = "QUERY",
      description = "What to look for (quote it in the shell).")
  String query = "";

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "Output folder of a run; its index/ is searched.")
  Path out;

  @Option(names = "--filter", paramLabel = "NAME=VALUE",
      description = "Drill down on a facet value, e.g. theme=ID (or the theme's label),"
          + " channel=email, sentiment=negative, suggestion=yes; repeatable.")
  List<String> filters = new ArrayList<>();

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day, inclusive.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day, inclusive.")
  LocalDate to;

  @Option(names = "--page", paramLabel = "N", defaultValue = "1",
      description = "Page of hits (default: ${DEFAULT-VALUE}).")
  int page;

  @Option(names = "--size", paramLabel = "N", defaultValue = "10",
      description = "Hits per page, 1-100 (default: ${DEFAULT-VALUE}).")
  int size;

  @Option(names = "--facets", paramLabel = "N", defaultValue = "5",
      description = "Values shown per facet, 0 for none (default: ${DEFAULT-VALUE}).")
  int facets;

  @Option(names = "--config", paramLabel = "FILE",
      description = "Configuration file (YAML or JSON); see the README for every option.")
  Path config;

  @Override
  public Integer call() throws IOException {
    VerbatimConfig cfg = ConfigLoader.load(config, Map.of());
    try (SearchService service = SearchIndexes.open(out, cfg.index())) {
      SearchRequest request = CommandLineSearch.request(service, cfg.index().maxQueryChars(),
          query, filters, from, to, page, size);
      SearchResult result = CommandLineSearch.search(service, request);
      CommandLineSearch.print(result, facets, System.out);
    }
    return 0;
  }
}
