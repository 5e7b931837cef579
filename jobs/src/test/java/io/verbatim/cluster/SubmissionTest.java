package io.verbatim.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SparkSubmit command line {@code cluster submit} builds. */
class SubmissionTest {

  private final SparkDistribution d = new SparkDistribution(List.of(Path.of("/s/spark-core.jar")),
      Path.of("/b/app.jar"), List.of(Path.of("/m/models.jar")));

  @Test
  void remoteMasterGetsTheModelsShippedWithTheUsersOwnJars() {
    String master = "spark://10.0.0.5:7077";
    Submission s = new Submission(master,
        List.of("--jars", "/x/extra.jar", "--driver-memory", "3g", "--executor-memory", "4g"),
        List.of("run", "--input", "in", "--out", "out"), JobJars.of(d, master, null, false));
    List<String> cmd = s.command(d);
    assertTrue(cmd.contains("-Xmx3g"), cmd.toString());
    assertEquals(1, Collections.frequency(cmd, "--jars"), "spark-submit keeps only the last");
    assertEquals("/m/models.jar,/x/extra.jar", cmd.get(cmd.indexOf("--jars") + 1));
    assertEquals("4g", cmd.get(cmd.indexOf("--executor-memory") + 1));
    assertEquals(List.of("/b/app.jar", "run", "--input", "in", "--out", "out"),
        cmd.subList(cmd.size() - 6, cmd.size()), "the application jar, then the command");
    assertEquals("/s/spark-core.jar", cmd.get(cmd.indexOf("-cp") + 1), "Spark alone");
    assertFalse(String.join(" ", cmd).contains("spark.driver.host"), "remote executors must"
        + " reach the driver");
  }

  @Test
  void loopbackMasterFindsTheModelsInPlaceAndBindsTheDriverToLoopback() {
    String master = "spark://127.0.0.1:7077";
    Submission s = new Submission(master, List.of(), List.of("demo"),
        JobJars.of(d, master, null, false));
    List<String> cmd = s.command(d);
    assertFalse(cmd.contains("--jars"));
    assertTrue(cmd.contains("spark.executor.extraClassPath=/m/models.jar"));
    assertTrue(cmd.contains("spark.driver.host=127.0.0.1"));
    assertTrue(cmd.contains("-Xmx2g"), "default driver heap");
    assertEquals("/s/spark-core.jar:/m/models.jar", cmd.get(cmd.indexOf("-cp") + 1));
  }
}
