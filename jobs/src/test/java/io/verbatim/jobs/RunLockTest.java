package io.verbatim.jobs;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunLockTest {

  @TempDir
  Path dir;

  @Test
  void aSecondRunIsStoppedWithAClearMessageAndMayStartOnceTheFirstEnds() {
    try (RunLock first = RunLock.acquire(dir)) {
      RunLockedException e = assertThrows(RunLockedException.class, () -> RunLock.acquire(dir));
      assertTrue(e.getMessage().startsWith("Another run is working on " + dir), e.getMessage());
      assertTrue(e.getMessage().contains(String.valueOf(ProcessHandle.current().pid())),
          e.getMessage());
    }
    assertDoesNotThrow(() -> RunLock.acquire(dir).close());
  }
}
