package io.verbatim.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KernelSpecTest {

  @Test
  void writesAKernelJsonThatStartsTheLauncher(@TempDir Path tmp) throws Exception {
    Path launcher = Files.createFile(tmp.resolve("verbatim"),
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
    Path kernels = KernelSpec.kernelsDir(false, tmp.resolve("prefix"));
    assertEquals(tmp.resolve("prefix/share/jupyter/kernels"), kernels);
    Path dir = KernelSpec.install(kernels, launcher);
    JsonNode spec = new ObjectMapper().readTree(dir.resolve("kernel.json").toFile());
    assertEquals(launcher.toString(), spec.get("argv").get(0).asText());
    assertEquals("kernel start {connection_file}", spec.get("argv").get(1).asText() + " "
        + spec.get("argv").get(2).asText() + " " + spec.get("argv").get(3).asText());
    assertEquals("java", spec.get("language").asText());
    assertEquals("verbatim", dir.getFileName().toString());
  }

  @Test
  void refusesAMissingLauncher(@TempDir Path tmp) {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> KernelSpec.install(tmp, tmp.resolve("nope")));
    assertEquals(true, e.getMessage().contains("bin/verbatim"));
  }
}
