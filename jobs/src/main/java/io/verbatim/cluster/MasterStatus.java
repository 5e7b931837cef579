package io.verbatim.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What the standalone master reports at {@code /json/} of its web UI.
 *
 * @param url the master's {@code spark://} URL
 * @param status ALIVE, STANDBY, ...
 * @param workers every worker the master knows, dead ones included
 * @param activeApps names of the applications running now
 */
public record MasterStatus(String url, String status, List<Worker> workers,
                           List<String> activeApps) {

  /**
   * One worker.
   *
   * @param id the worker id
   * @param address host:port
   * @param state ALIVE, DEAD, DECOMMISSIONED, ...
   * @param cores cores offered
   * @param coresUsed cores running executors
   * @param memoryMb memory offered
   * @param memoryUsedMb memory given to executors
   */
  public record Worker(String id, String address, String state, int cores, int coresUsed,
                       int memoryMb, int memoryUsedMb) {
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(5)).build();

  public List<Worker> aliveWorkers() {
    return workers.stream().filter(w -> "ALIVE".equals(w.state())).toList();
  }

  /** Reads the status from a master's web UI, e.g. {@code http://127.0.0.1:8080}. */
  public static MasterStatus read(String webUi) throws IOException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(webUi + "/json/"))
        .timeout(Duration.ofSeconds(10)).GET().build();
    try {
      HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IOException(webUi + "/json/ answered HTTP " + response.statusCode());
      }
      return parse(response.body());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while reading " + webUi, e);
    }
  }

  static MasterStatus parse(String json) throws IOException {
    JsonNode root = JSON.readTree(json);
    List<Worker> workers = new ArrayList<>();
    for (JsonNode w : root.path("workers")) {
      workers.add(new Worker(w.path("id").asText(),
          w.path("host").asText() + ":" + w.path("port").asInt(), w.path("state").asText(),
          w.path("cores").asInt(), w.path("coresused").asInt(), w.path("memory").asInt(),
          w.path("memoryused").asInt()));
    }
    List<String> apps = new ArrayList<>();
    for (JsonNode a : root.path("activeapps")) {
      apps.add(a.path("name").asText() + " (" + a.path("id").asText() + ")");
    }
    return new MasterStatus(root.path("url").asText(), root.path("status").asText(), workers,
        apps);
  }
}
