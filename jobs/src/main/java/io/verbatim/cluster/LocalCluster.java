package io.verbatim.cluster;

import io.verbatim.config.ConfigException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Spark's standalone Master and Workers on 127.0.0.1, started from the build's Spark jars, with
 * everything they leave (pid files, logs, work folders) in one {@link ClusterFolder}.
 */
public final class LocalCluster {

  static final String MASTER = "master";
  static final String LOOPBACK = "127.0.0.1";
  private static final Pattern MEMORY = Pattern.compile("\\d+[mMgG]");
  private static final String DAEMON_HEAP = "-Xmx512m";
  private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
  private static final Path TASKSET = Path.of("/usr/bin/taskset");

  private final ClusterFolder folder;

  public LocalCluster(Path dir) {
    this.folder = new ClusterFolder(dir);
  }

  public Path dir() {
    return folder.dir();
  }

  /**
   * Starts a master and {@code workers} workers of {@code spark}'s jars, each offering
   * {@code cores} cores and {@code memory} (e.g. 2g) to executors, and returns once all workers
   * have registered.
   */
  public ClusterInfo start(SparkDistribution spark, int workers, int cores, String memory) {
    return start(spark, workers, cores, memory, false);
  }

  /**
   * As {@link #start(SparkDistribution, int, int, String)}; with {@code pinCores}, each worker
   * (and so every executor it starts, which inherits its CPU affinity) runs under
   * {@code taskset} on its own {@code cores} CPUs, so that "one core" means one CPU: without it
   * an executor's garbage collector, JIT compiler and shuffle threads also use the other CPUs
   * and a one-worker run already uses the whole machine. The master and drivers stay unpinned.
   */
  public ClusterInfo start(SparkDistribution spark, int workers, int cores, String memory,
                           boolean pinCores) {
    if (workers < 1 || cores < 1) {
      throw new ConfigException("A cluster needs at least one worker with at least one core.");
    }
    if (!MEMORY.matcher(memory).matches()) {
      throw new ConfigException("Worker memory '" + memory + "' is not a size such as 2g or"
          + " 1536m.");
    }
    List<Optional<CpuList>> pins = pinning(workers, cores, pinCores);
    Optional<ClusterInfo> running = running();
    if (running.isPresent() || !live().isEmpty()) {
      throw new ConfigException("A cluster is already running in " + folder.dir() + " ("
          + running.map(ClusterInfo::masterUrl).orElse("workers only")
          + "); stop it first: verbatim cluster stop --dir " + folder.dir());
    }
    clearStale();
    linkSparkHome(spark.sparkJars());
    int[] ports = Daemons.freePorts(2 + 2 * workers);
    String masterUrl = "spark://" + LOOPBACK + ":" + ports[0];
    ClusterInfo info = new ClusterInfo(masterUrl, "http://" + LOOPBACK + ":" + ports[1]);
    folder.saveState(info);
    Map<String, ProcessHandle> started = new LinkedHashMap<>();
    try {
      started.put(MASTER, launch(MASTER, Optional.empty(), "org.apache.spark.deploy.master.Master",
          List.of("--host", LOOPBACK, "--port", Integer.toString(ports[0]),
              "--webui-port", Integer.toString(ports[1]))));
      for (int i = 1; i <= workers; i++) {
        String name = "worker-" + i;
        started.put(name, launch(name, pins.get(i - 1), "org.apache.spark.deploy.worker.Worker",
            List.of("--host", LOOPBACK,
                "--port", Integer.toString(ports[2 * i]),
                "--webui-port", Integer.toString(ports[2 * i + 1]),
                "--cores", Integer.toString(cores), "--memory", memory,
                "--work-dir", folder.workDir(name).toString(), masterUrl)));
      }
      awaitWorkers(info, started);
      return info;
    } catch (RuntimeException e) {
      // By handle, not by pid file: a daemon this young may not show its marker yet.
      started.values().forEach(Daemons::end);
      stop();
      throw e;
    }
  }

  /** The cluster of this folder if its master is alive. */
  public Optional<ClusterInfo> running() {
    return folder.pid(MASTER).flatMap(pid -> Daemons.ours(pid, folder))
        .flatMap(p -> folder.state());
  }

  /** Live daemons of this folder by name, with their process ids. */
  public Map<String, Long> live() {
    Map<String, Long> out = new LinkedHashMap<>();
    for (String d : folder.daemons()) {
      folder.pid(d).flatMap(pid -> Daemons.ours(pid, folder))
          .ifPresent(p -> out.put(d, p.pid()));
    }
    return out;
  }

  /**
   * Every process id this folder's pid files name, alive or not: what a caller checks is gone
   * after {@link #stop()}.
   */
  public Map<String, Long> recordedPids() {
    Map<String, Long> out = new LinkedHashMap<>();
    for (String d : folder.daemons()) {
      folder.pid(d).ifPresent(pid -> out.put(d, pid));
    }
    return out;
  }

  /**
   * Ends exactly the daemons this folder's pid files name (and the executors they started),
   * workers first; returns what was stopped, by name.
   */
  public List<String> stop() {
    List<String> stopped = new ArrayList<>();
    for (String d : folder.daemons()) {
      Optional<ProcessHandle> p = folder.pid(d).flatMap(pid -> Daemons.ours(pid, folder));
      p.ifPresent(Daemons::end);
      if (p.isPresent()) {
        stopped.add(d + " (pid " + p.get().pid() + ")");
      }
      try {
        Files.deleteIfExists(folder.pidFile(d));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return stopped;
  }

  /** Log of a daemon, for messages that point the user at it. */
  public Path log(String daemon) {
    return folder.log(daemon);
  }

  private static List<Optional<CpuList>> pinning(int workers, int cores, boolean pinCores) {
    if (!pinCores) {
      return java.util.Collections.nCopies(workers, Optional.empty());
    }
    if (!Files.isExecutable(TASKSET)) {
      throw new ConfigException("--pin-cores needs " + TASKSET + " (util-linux), which is not"
          + " here; start without it.");
    }
    CpuList allowed = CpuList.ofProcess(ProcessHandle.current().pid()).orElseThrow(
        () -> new ConfigException("--pin-cores needs Linux's /proc to know the CPUs."));
    return allowed.split(workers, cores).stream().map(Optional::of).toList();
  }

  private ProcessHandle launch(String name, Optional<CpuList> cpus, String mainClass,
                               List<String> args) {
    List<String> cmd = new ArrayList<>();
    // taskset execs in place: the pid recorded is still the JVM's.
    cpus.ifPresent(c -> cmd.addAll(List.of(TASKSET.toString(), "-c", c.toString())));
    cmd.add(SparkDistribution.java().toString());
    cmd.add(DAEMON_HEAP);
    cmd.addAll(SparkDistribution.moduleOptions());
    cmd.add(Daemons.MARKER + folder.dir());
    cmd.add("-cp");
    cmd.add(folder.sparkHome().resolve("jars") + "/*");
    cmd.add(mainClass);
    cmd.addAll(args);
    ProcessHandle p = Daemons.launch(cmd, environment(), folder.log(name));
    folder.writePid(name, p.pid());
    return p;
  }

  /**
   * What Spark's launch scripts would set: the installation (a worker builds its executors'
   * classpath from SPARK_HOME/jars), loopback only, and this JDK for the executors.
   */
  private Map<String, String> environment() {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("SPARK_HOME", folder.sparkHome().toString());
    env.put("SPARK_CONF_DIR", folder.sparkHome().resolve("conf").toString());
    env.put("SPARK_LOCAL_IP", LOOPBACK);
    env.put("SPARK_SCALA_VERSION", "2.13");
    env.put("JAVA_HOME", System.getProperty("java.home"));
    return env;
  }

  /**
   * A Spark installation made of links to the build's Spark jars: no copy of 300 MB, and the
   * daemons run exactly the Spark the jobs were built against.
   */
  private void linkSparkHome(List<Path> sparkJars) {
    Path jars = folder.sparkHome().resolve("jars");
    try {
      if (Files.isDirectory(jars)) {
        try (Stream<Path> old = Files.list(jars)) {
          for (Path p : old.toList()) {
            Files.delete(p);
          }
        }
      }
      Files.createDirectories(jars);
      Files.createDirectories(folder.sparkHome().resolve("conf"));
      for (Path jar : sparkJars) {
        Path link = jars.resolve(jar.getFileName());
        if (!Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
          Files.createSymbolicLink(link, jar.toAbsolutePath());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not prepare " + jars, e);
    }
  }

  private void clearStale() {
    for (String d : folder.daemons()) {
      try {
        Files.deleteIfExists(folder.pidFile(d));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static String tail(Path log) {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
    } catch (IOException e) {
      return "(unreadable: " + e.getMessage() + ")";
    }
  }

  private void awaitWorkers(ClusterInfo info, Map<String, ProcessHandle> started) {
    int workers = started.size() - 1;
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    String last = "no answer yet";
    while (Instant.now().isBefore(deadline)) {
      for (Map.Entry<String, ProcessHandle> d : started.entrySet()) {
        if (!d.getValue().isAlive()) {
          throw new IllegalStateException("The " + d.getKey() + " exited during start-up; see "
              + folder.log(d.getKey()) + ", which ends:\n" + tail(folder.log(d.getKey())));
        }
      }
      try {
        MasterStatus s = MasterStatus.read(info.webUi());
        if (s.aliveWorkers().size() >= workers) {
          return;
        }
        last = s.aliveWorkers().size() + " of " + workers + " workers registered";
      } catch (IOException e) {
        last = e.getMessage();
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while starting the cluster", e);
      }
    }
    throw new IllegalStateException("The cluster did not come up in " + START_TIMEOUT.toSeconds()
        + " s (" + last + "); see the logs in " + folder.dir().resolve("logs"));
  }
}
