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

  /**
   * "bill" and "number" are both mostly "phone _" and share a few passing partners ("my _",
   * "new _", "wrong _", "old _", "_ change"): two phone things, not two names for one.
   */
  private static Map<String, Long> phoneUsage() {
    Map<String, Long> df = new HashMap<>();
    df.put("bill", 70L);
    df.put("number", 80L);
    df.put("phone bill", 60L);
    df.put("phone number", 70L);
    for (String partner : new String[] {"my _", "new _", "wrong _", "old _", "_ change"}) {
      df.put(partner.replace("_", "bill"), 2L);
      df.put(partner.replace("_", "number"), 2L);
    }
    df.put("electricity bill", 3L);
    df.put("account number", 3L);
    return df;
  }

  @Test
  void wordsAlikeMainlyThroughOneSharedPartnerAreKindsOfOneThingAndStayApart() {
    NearDuplicates.Likeness alike = NearDuplicates.likeness(
        Map.of("phone _", 60L, "my _", 2L, "new _", 2L, "wrong _", 2L, "old _", 2L,
            "_ change", 2L, "electricity _", 3L),
        Map.of("phone _", 70L, "my _", 2L, "new _", 2L, "wrong _", 2L, "old _", 2L,
            "_ change", 2L, "account _", 3L));
    // Alike enough by cosine over enough partners, but one partner carries the likeness.
    assertTrue(alike.shared() >= NearDuplicates.MIN_SHARED);
    assertTrue(alike.cosine() >= NearDuplicates.MIN_SIMILARITY, "cosine " + alike.cosine());
    assertTrue(alike.strongestShare() > NearDuplicates.MAX_STRONGEST_SHARE,
        "strongest share " + alike.strongestShare());
    assertTrue(NearDuplicates.find(phoneUsage(), Set.of("bill", "number"), w -> true).isEmpty());
  }

  @Test
  void synonymsAreAlikeAcrossManyPartnersWithNoneCarryingTheLikeness() {
    Map<String, Long> df = usage();
    // Adding one big common partner to the synonyms does not stop them merging.
    df.put("car not received", 40L);
    df.put("vehicle not received", 10L);
    assertEquals(Map.of("vehicle", "car"),
        NearDuplicates.find(df, Set.of("car", "vehicle", "house"), w -> true));
  }
}
