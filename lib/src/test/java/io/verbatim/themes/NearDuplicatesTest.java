package io.verbatim.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NearDuplicatesTest {

  /** Phrase counts where "car" and "vehicle" take the same compound partners. */
  private static Map<String, Long> usage() {
    Map<String, Long> df = new HashMap<>();
    for (String partner : new String[] {"_ loan", "_ title", "_ payment", "my _", "_ insurance",
        "_ key"}) {
      df.put(partner.replace("_", "car"), 20L);
      df.put(partner.replace("_", "vehicle"), 8L);
    }
    df.put("car", 60L);
    df.put("vehicle", 25L);
    // Shares one big partner only ("_ loan"): another kind of loan, not another name for a car.
    df.put("house", 40L);
    df.put("house loan", 30L);
    df.put("house party", 9L);
    df.put("house number", 9L);
    return df;
  }

  @Test
  void wordsUsedWithTheSamePartnersMergeIntoTheMoreMentioned() {
    Map<String, String> merged = NearDuplicates.find(usage(), Set.of("car", "vehicle", "house"),
        w -> true);
    assertEquals(Map.of("vehicle", "car"), merged);
    assertEquals("car title", NearDuplicates.canonical("vehicle title", merged));
    assertEquals("house loan", NearDuplicates.canonical("house loan", merged));
  }

  @Test
  void aWordThatMayNotBeFoldedKeepsItsThemeAndTakesTheOtherIn() {
    Map<String, String> merged = NearDuplicates.find(usage(), Set.of("car", "vehicle"),
        w -> !w.equals("vehicle"));
    assertEquals(Map.of("car", "vehicle"), merged);
    assertTrue(NearDuplicates.find(usage(), Set.of("car", "vehicle"), w -> false).isEmpty());
  }

  @Test
  void theMergesDoNotDependOnTheOrderOfTheCounts() {
    Map<String, Long> df = usage();
    Map<String, Long> reversed = new java.util.TreeMap<>(java.util.Comparator.reverseOrder());
    reversed.putAll(df);
    assertEquals(NearDuplicates.find(df, Set.of("car", "vehicle", "house"), w -> true),
        NearDuplicates.find(reversed, Set.of("house", "vehicle", "car"), w -> true));
  }
}
