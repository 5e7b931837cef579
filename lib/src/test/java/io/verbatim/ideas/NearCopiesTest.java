package io.verbatim.ideas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NearCopiesTest {

  @Test
  void aChangeThatNamesNoObjectIsANearCopyOfTheChangesThatDo() {
    List<String> titles = List.of("Answer customers sooner", "Answer emails sooner",
        "Answer the phone sooner", "Fix the website", "Fix the mobile app",
        "Fix foreclosure problems", "Stop harassing customers");
    assertEquals(Map.of(0, List.of(1, 2)), NearCopies.morePrecise(titles));
  }

  @Test
  void onlyTheMostPreciseChangesAreTargets() {
    List<String> titles = List.of("Reduce delays", "Reduce flight delays",
        "Reduce return flight delays", "Refund customers faster");
    assertEquals(Map.of(0, List.of(2), 1, List.of(2)), NearCopies.morePrecise(titles));
  }

  @Test
  void differentVerbsOrDifferentObjectsAreNoCopies() {
    assertEquals(Map.of(), NearCopies.morePrecise(List.of("Review prices",
        "Make fees clear up front", "Fix the website", "Cut waiting times")));
  }
}
