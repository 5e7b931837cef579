package io.verbatim.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verbatim.model.Comment;
import io.verbatim.model.Reject;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DuplicatesTest {

  private static Comment at(String source, long position, String text) {
    return new Comment("same", null, text, null, Map.of(), source, position);
  }

  @Test
  void theFirstByFileThenPositionIsKeptWhateverTheOrderOfComparison() {
    Comment a = at("a.csv", 9, "x");
    Comment b = at("b.csv", 1, "y");
    Comment c = at("a.csv", 2, "z");
    assertSame(c, Duplicates.earlier(Duplicates.earlier(a, b), c));
    assertSame(c, Duplicates.earlier(c, Duplicates.earlier(b, a)));
    assertTrue(Duplicates.isKept(c, c));
    assertFalse(Duplicates.isKept(a, c));
  }

  @Test
  void rejectNamesTheKeptRecord() {
    Reject r = Duplicates.reject(at("b.csv", 4, "again"), at("a.csv", 2, "first"));
    assertEquals("b.csv", r.source());
    assertEquals(4, r.position());
    assertEquals("duplicate id 'same': kept the first, a.csv record 2", r.reason());
  }

  @Test
  void textsDifferingOnlyInCaseAndSpacingAreTheSame() {
    assertEquals(Duplicates.textKey(at("a", 1, "Great  service!")),
        Duplicates.textKey(at("a", 2, " great service! ")));
  }
}
