package io.verbatim.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verbatim.config.ConfigException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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
