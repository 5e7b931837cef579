package io.verbatim.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PrefetchedTest {

  @Test
  void yieldsEveryElementInTheSourcesOrderWhateverTheReadAhead() {
    List<Integer> source = IntStream.range(0, 1_000).boxed().toList();
    for (int ahead : new int[] {1, 7, 5_000}) {
      List<Integer> read = new ArrayList<>();
      try (Prefetched<Integer> it = new Prefetched<>(source.iterator(), ahead, "test")) {
        it.forEachRemaining(read::add);
        assertFalse(it.hasNext());
        assertThrows(NoSuchElementException.class, it::next);
      }
      assertEquals(source, read);
    }
  }

  @Test
  void aFailureOfTheSourceReachesTheConsumerAfterTheElementsBeforeIt() {
    Iterator<Integer> failing = new Iterator<>() {
      private int i;

      @Override
      public boolean hasNext() {
        return true;
      }

      @Override
      public Integer next() {
        if (i == 3) {
          throw new IllegalStateException("partition lost");
        }
        return i++;
      }
    };
    try (Prefetched<Integer> it = new Prefetched<>(failing, 2, "test")) {
      assertEquals(List.of(0, 1, 2), List.of(it.next(), it.next(), it.next()));
      IllegalStateException e = assertThrows(IllegalStateException.class, it::hasNext);
      assertEquals("partition lost", e.getMessage());
    }
  }

  @Test
  void closingEarlyStopsTheReaderBlockedOnAFullQueue() {
    Iterator<Integer> endless = IntStream.iterate(0, i -> i + 1).iterator();
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      Prefetched<Integer> it = new Prefetched<>(endless, 4, "test-close");
      assertEquals(0, it.next());
      it.close();
      while (threadAlive("test-close")) {
        Thread.sleep(10);
      }
    });
  }

  private static boolean threadAlive(String name) {
    return Thread.getAllStackTraces().keySet().stream()
        .anyMatch(t -> t.getName().equals(name) && t.isAlive());
  }
}
