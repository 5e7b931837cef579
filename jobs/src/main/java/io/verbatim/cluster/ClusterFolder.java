package io.verbatim.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The one folder a local cluster keeps everything in: {@code cluster.properties} (master URL and
 * web UI), {@code pids/NAME.pid}, {@code logs/NAME.log}, each worker's work folder under
 * {@code work/}, and {@code spark-home/}, the Spark installation the daemons and executors run
 * from (links to the build's Spark jars).
 */
record ClusterFolder(Path dir) {

  ClusterFolder {
    dir = dir.toAbsolutePath().normalize();
  }

  Path pidFile(String daemon) {
    return dir.resolve("pids").resolve(daemon + ".pid");
  }

  Path log(String daemon) {
    return dir.resolve("logs").resolve(daemon + ".log");
  }

  Path workDir(String daemon) {
    return dir.resolve("work").resolve(daemon);
  }

  Path sparkHome() {
    return dir.resolve("spark-home");
  }

  Path stateFile() {
    return dir.resolve("cluster.properties");
  }

  /** Daemons with a pid file, workers before the master so the master sees them leave. */
  List<String> daemons() {
    Path pids = dir.resolve("pids");
    if (!Files.isDirectory(pids)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(pids)) {
      List<String> names = new ArrayList<>(s.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".pid")).map(n -> n.substring(0, n.length() - 4)).sorted()
          .toList());
      if (names.remove(LocalCluster.MASTER)) {
        names.add(LocalCluster.MASTER);
      }
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Optional<Long> pid(String daemon) {
    try {
      Path f = pidFile(daemon);
      return Files.isRegularFile(f) ? Optional.of(Long.parseLong(Files.readString(f).strip()))
          : Optional.empty();
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  void writePid(String daemon, long pid) {
    write(pidFile(daemon), Long.toString(pid));
  }

  void saveState(ClusterInfo info) {
    Properties p = new Properties();
    p.setProperty("master", info.masterUrl());
    p.setProperty("webui", info.webUi());
    StringBuilder text = new StringBuilder();
    p.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
    write(stateFile(), text.toString());
  }

  Optional<ClusterInfo> state() {
    if (!Files.isRegularFile(stateFile())) {
      return Optional.empty();
    }
    Properties p = new Properties();
    try (var in = Files.newBufferedReader(stateFile())) {
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Optional.of(new ClusterInfo(p.getProperty("master"), p.getProperty("webui")));
  }

  private static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
