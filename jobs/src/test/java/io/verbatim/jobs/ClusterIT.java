package io.verbatim.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.verbatim.cluster.ClusterInfo;
import io.verbatim.cluster.CpuList;
import io.verbatim.cluster.JobJars;
import io.verbatim.cluster.LocalCluster;
import io.verbatim.cluster.MasterStatus;
import io.verbatim.cluster.SparkDistribution;
import io.verbatim.cluster.Submission;
import io.verbatim.config.ConfigLoader;
import io.verbatim.output.Manifest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Spark's standalone cluster as {@code verbatim cluster} runs it: a master and two one-core
 * workers on 127.0.0.1 (each pinned to its own CPU where taskset exists), {@code run} on the
 * sample data submitted through SparkSubmit with the application jar, outputs equal to an
 * embedded run's, and nothing left running afterwards.
 */
class ClusterIT {

  private static final Path SAMPLES = Path.of("../data-samples").toAbsolutePath().normalize();

  /** Under target/ rather than a temporary folder, so the daemons' logs outlive a failure. */
  private static final Path DIR = Path.of("target", "cluster-it").toAbsolutePath();
  /**
   * Pinned as the scale-out benchmark runs it (each worker on its own CPU) where taskset and two
   * CPUs are here; unpinned elsewhere, and the affinity test is skipped.
   */
  private static final boolean PINNED = Files.isExecutable(Path.of("/usr/bin/taskset"))
      && CpuList.ofProcess(ProcessHandle.current().pid()).map(c -> c.cpus().size() >= 2)
          .orElse(false);

  private static LocalCluster cluster;
  private static ClusterInfo info;
  private static Map<String, Long> daemons;
  private static Path embedded;

  @BeforeAll
  static void startClusterAndRunEmbedded() throws IOException {
    deleteRecursively(DIR);
    embedded = DIR.resolve("embedded");
    SparkSession spark = SparkSessions.create("local[2]", "cluster-it-embedded");
    try {
      PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true,
          StandardCharsets.UTF_8);
      new RunJob(spark, quiet).run(new RunRequest(DemoInput.of(SAMPLES), embedded.toString(),
          ConfigLoader.defaults()));
    } finally {
      spark.stop();
    }
    cluster = new LocalCluster(DIR.resolve("cluster"));
    try {
      info = cluster.start(SparkDistribution.ofCheckout(), 2, 1, "2g", PINNED);
    } finally {
      daemons = cluster.recordedPids();
    }
  }

  @AfterAll
  static void stopCluster() {
    if (cluster == null) {
      return;
    }
    List<String> stopped = cluster.stop();
    for (Map.Entry<String, Long> d : daemons.entrySet()) {
      assertFalse(ProcessHandle.of(d.getValue()).map(ProcessHandle::isAlive).orElse(false),
          d.getKey() + " (pid " + d.getValue() + ") still runs after stop " + stopped);
    }
    // Executors too: every process of this cluster names its folder on its command line.
    String folder = cluster.dir().toString();
    List<String> left = ProcessHandle.allProcesses().filter(ProcessHandle::isAlive)
        .filter(p -> p.info().commandLine().orElse("").contains(folder))
        .map(p -> p.pid() + " " + p.info().commandLine().orElse("")).toList();
    assertEquals(List.of(), left, "processes of the cluster left running");
  }

  @Test
  void masterListsBothWorkersOnLoopback() throws IOException {
    assertTrue(info.masterUrl().startsWith("spark://127.0.0.1:"), info.masterUrl());
    assertEquals(cluster.running().orElseThrow(), info);
    MasterStatus status = MasterStatus.read(info.webUi());
    assertEquals("ALIVE", status.status());
    assertEquals(2, status.aliveWorkers().size(), status.toString());
    for (MasterStatus.Worker w : status.aliveWorkers()) {
      assertTrue(w.address().startsWith("127.0.0.1:"), w.address());
      assertEquals(1, w.cores());
    }
    assertEquals(3, cluster.live().size(), "master and two workers: " + cluster.live());
  }

  @Test
  void pinnedWorkersEachRunOnTheirOwnCpu() {
    assumeTrue(PINNED, "taskset or a second CPU is missing: the cluster runs unpinned");
    List<CpuList> shares = CpuList.ofProcess(ProcessHandle.current().pid()).orElseThrow()
        .split(2, 1);
    Map<String, Long> live = cluster.live();
    assertEquals(Optional.of(shares.get(0)), CpuList.ofProcess(live.get("worker-1")));
    assertEquals(Optional.of(shares.get(1)), CpuList.ofProcess(live.get("worker-2")));
    // The master (like the driver) is not pinned.
    assertEquals(CpuList.ofProcess(ProcessHandle.current().pid()),
        CpuList.ofProcess(live.get("master")));
  }

  @Test
  void submittedRunEqualsEmbeddedRun() throws IOException, InterruptedException {
    Path out = DIR.resolve("on-cluster");
    Path log = DIR.resolve("submit.log");
    SparkDistribution d = SparkDistribution.ofCheckout();
    Submission s = new Submission(info.masterUrl(), List.of("--executor-memory", "1500m"),
        List.of("run", "--input", DemoInput.of(SAMPLES), "--out", out.toString()),
        JobJars.of(d, info.masterUrl(), null, false));
    Process p = s.process(d).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.to(log.toFile())).start();
    try {
      assertTrue(p.waitFor(15, TimeUnit.MINUTES), "spark-submit did not finish");
    } finally {
      p.destroyForcibly();
    }
    assertEquals(0, p.exitValue(), () -> "spark-submit failed; see " + log + " and the logs in "
        + cluster.dir());

    Manifest onCluster = Manifest.fromJson(Files.readString(out.resolve("manifest.json")));
    Manifest local = Manifest.fromJson(Files.readString(embedded.resolve("manifest.json")));
    assertEquals(info.masterUrl(), onCluster.sparkMaster());
    assertEquals("local[2]", local.sparkMaster());
    assertEquals(local.counts(), onCluster.counts());
    assertTrue(onCluster.counts().themes() > 10 && onCluster.counts().ideas() > 10,
        onCluster.counts().toString());
    // Every table row by row (theme and idea ids and ranks included), and the counts. Means and
    // scores are sums whose order follows the executors' share of the work, so they may differ
    // in the last bits: they are compared to 9 significant digits.
    assertEquals(Snapshot.rounded(Snapshot.of(embedded), 9),
        Snapshot.rounded(Snapshot.of(out), 9));
    assertTrue(Files.isDirectory(out.resolve("index")), "the cluster run indexed its outputs");
  }

  private static void deleteRecursively(Path root) throws IOException {
    if (Files.exists(root)) {
      try (var paths = Files.walk(root)) {
        for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

}
