package io.verbatim.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.verbatim.config.ConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code cluster stop} may end, without starting Spark. */
class LocalClusterTest {

  @TempDir
  Path dir;

  private final SparkDistribution noJars = new SparkDistribution(List.of(), Path.of("app.jar"),
      List.of());

  @Test
  void stopEndsTheDaemonAndWhatItStarted() throws IOException {
    LocalCluster cluster = new LocalCluster(dir);
    ClusterFolder folder = new ClusterFolder(dir);
    // A stand-in daemon carrying the folder's marker, with a child as a worker has executors.
    ProcessHandle daemon = Daemons.launch(List.of("bash", "-c", "sleep 120 & wait",
        Daemons.MARKER + folder.dir()), Map.of(), folder.log("worker-1"));
    folder.writePid("worker-1", daemon.pid());
    ProcessHandle child = awaitChild(daemon);

    assertEquals(Map.of("worker-1", daemon.pid()), cluster.live());
    assertEquals(List.of("worker-1 (pid " + daemon.pid() + ")"), cluster.stop());
    assertTrue(Daemons.awaitExit(daemon, Duration.ofSeconds(5)), "daemon still alive");
    assertTrue(Daemons.awaitExit(child, Duration.ofSeconds(5)), "its child still alive");
    assertEquals(Map.of(), cluster.recordedPids(), "pid file removed");
  }

  @Test
  void stopLeavesAProcessThatReusedARecordedPidAlone() throws IOException {
    Process stranger = new ProcessBuilder("sleep", "120").start();
    try {
      ClusterFolder folder = new ClusterFolder(dir);
      folder.writePid(LocalCluster.MASTER, stranger.pid());
      LocalCluster cluster = new LocalCluster(dir);
      assertEquals(Map.of(), cluster.live());
      assertTrue(cluster.running().isEmpty());
      assertEquals(List.of(), cluster.stop());
      assertTrue(stranger.isAlive(), "stop ended a process it did not start");
      assertFalse(cluster.recordedPids().containsKey(LocalCluster.MASTER), "stale pid file");
    } finally {
      stranger.destroyForcibly();
    }
  }

  @Test
  void badSizesAreRefusedBeforeAnythingStarts() {
    LocalCluster cluster = new LocalCluster(dir);
    assertThrows(ConfigException.class, () -> cluster.start(noJars, 2, 1, "lots"));
    assertThrows(ConfigException.class, () -> cluster.start(noJars, 0, 1, "2g"));
    assertEquals(Map.of(), cluster.recordedPids());
  }

  @Test
  void cpuListsReadAsLinuxWritesThem() {
    assertEquals(List.of(0, 1, 2, 3, 6), CpuList.parse("0-3,6").cpus());
    assertEquals("0,1,2,3,6", CpuList.parse(" 6,0-3\n").toString());
    assertEquals(List.of(new CpuList(List.of(0, 1)), new CpuList(List.of(2, 3))),
        CpuList.parse("0-3,6").split(2, 2));
  }

  @Test
  void pinningMoreCoresThanThereAreCpusIsRefused() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> CpuList.parse("0-1").split(3, 1));
    assertTrue(e.getMessage().contains("needs 3 CPUs"), e.getMessage());
    LocalCluster cluster = new LocalCluster(dir);
    int cpus = CpuList.ofProcess(ProcessHandle.current().pid()).map(c -> c.cpus().size())
        .orElse(Runtime.getRuntime().availableProcessors());
    assertThrows(ConfigException.class,
        () -> cluster.start(noJars, cpus + 1, 1, "2g", true));
    assertEquals(Map.of(), cluster.recordedPids(), "nothing started");
  }

  @Test
  void aPinnedDaemonsChildrenInheritItsCpus() throws IOException {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/taskset")), "taskset is not installed");
    Optional<CpuList> allowed = CpuList.ofProcess(ProcessHandle.current().pid());
    assumeTrue(allowed.isPresent(), "no /proc here");
    CpuList last = new CpuList(List.of(allowed.get().cpus().get(allowed.get().cpus().size() - 1)));
    ClusterFolder folder = new ClusterFolder(dir);
    // What a pinned worker is: taskset in front of the daemon; its executors are its children.
    ProcessHandle daemon = Daemons.launch(List.of("/usr/bin/taskset", "-c", last.toString(),
        "bash", "-c", "sleep 120 & wait", Daemons.MARKER + folder.dir()), Map.of(),
        folder.log("worker-1"));
    try {
      ProcessHandle child = awaitChild(daemon);
      assertEquals(Optional.of(last), CpuList.ofProcess(daemon.pid()));
      assertEquals(Optional.of(last), CpuList.ofProcess(child.pid()));
    } finally {
      Daemons.end(daemon);
    }
  }

  @Test
  void modelsAreFoundInPlaceOnlyOnALoopbackMaster() {
    SparkDistribution d = new SparkDistribution(List.of(), Path.of("/b/app.jar"),
        List.of(Path.of("/m/models.jar"), Path.of("/m/models-english.jar")));
    JobJars local = JobJars.of(d, "spark://127.0.0.1:7077", null, false);
    assertEquals(List.of(Path.of("/b/app.jar")), local.shipped());
    assertEquals("/m/models.jar:/m/models-english.jar", local.onNodes());
    JobJars remote = JobJars.of(d, "spark://10.0.0.5:7077", null, false);
    assertEquals(3, remote.shipped().size());
    assertEquals(null, remote.onNodes());
    assertEquals("/b/app.jar,/m/models.jar,/m/models-english.jar",
        remote.sparkConf().get("spark.jars"));
    assertEquals(3, JobJars.of(d, "spark://localhost:7077", null, true).shipped().size());
    assertEquals("/opt/m.jar", JobJars.of(d, "yarn", "/opt/m.jar", false).onNodes());
    assertFalse(JobJars.isLoopback("yarn"));
  }

  private static ProcessHandle awaitChild(ProcessHandle p) {
    for (int i = 0; i < 100; i++) {
      var c = p.children().findFirst();
      if (c.isPresent()) {
        return c.get();
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    throw new AssertionError("the stand-in daemon started no child");
  }
}
