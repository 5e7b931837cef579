package io.verbatim.cli;

import io.verbatim.config.ConfigLoader;
import io.verbatim.config.VerbatimConfig;
import io.verbatim.index.SearchService;
import io.verbatim.serve.SearchIndexes;
import io.verbatim.serve.ServeSettings;
import io.verbatim.serve.WebServer;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code verbatim serve}: the managers' web page and the JSON API over a run's index. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serve the managers' web page and JSON API over a run's search index.",
        "Localhost only unless a token is set; with a token every request must carry it"
            + " (header 'Authorization: Bearer TOKEN', or open the page as /?token=TOKEN).",
        "A rebuilt index is picked up without a restart."})
final class ServeCommand implements Callable<Integer> {

  /** Read when --token is not given, so the token need not appear in the process list. */
  static final String TOKEN_ENV = "VERBATIM_TOKEN";

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "Output folder of a run; its index/ is served.")
  Path out;

  @Option(names = "--host", paramLabel = "HOST",
      description = "Address to listen on (default: serve.host, 127.0.0.1). Any address other"
          + " than loopback needs a token.")
  String host;

  @Option(names = "--port", paramLabel = "N",
      description = "Port (default: serve.port, 8080); 0 picks a free one.")
  Integer port;

  @Option(names = "--token", paramLabel = "T",
      description = "Token every request must carry, at least 16 characters (default: the "
          + TOKEN_ENV + " environment variable, then serve.token).")
  String token;

  @Option(names = "--config", paramLabel = "FILE",
      description = "Configuration file (YAML or JSON); see the README for every option.")
  Path config;

  @Override
  public Integer call() throws InterruptedException {
    Map<String, Object> overrides = new LinkedHashMap<>();
    overrides.put("serve.host", host);
    overrides.put("serve.port", port);
    overrides.put("serve.token", token != null ? token : System.getenv(TOKEN_ENV));
    VerbatimConfig cfg = ConfigLoader.load(config, overrides);
    ServeSettings settings = ServeSettings.of(cfg.serve()).validate();

    SearchService service = SearchIndexes.open(out, cfg.index());
    WebServer server;
    try {
      server = WebServer.start(service, settings, cfg.index().maxQueryChars());
    } catch (RuntimeException e) {
      SearchIndexes.closeQuietly(service);
      throw e;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      SearchIndexes.closeQuietly(service);
      stopped.countDown();
    }, "verbatim-serve-stop"));

    String where = settings.host().equals("0.0.0.0") || settings.host().equals("::")
        ? "on every address of this machine, port " + server.port() + " (http://HOST:"
            + server.port() + "/)"
        : "at " + server.url();
    System.out.println("Serving " + out + " " + where
        + (settings.token() == null ? "" : "; every request needs the token (open the page as"
            + " /?token=TOKEN)"));
    System.out.println("A rebuilt index is picked up without a restart. Press Ctrl+C to stop.");
    System.out.flush();
    stopped.await();
    return 0;
  }
}
