package io.verbatim.words;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WordVectorsTest {

  private final WordVectors vectors = WordVectors.shipped();

  @Test
  void shippedTableRecordsHowItWasMade() {
    assertEquals(WordVectors.FORMAT, vectors.provenance().path("format").asText());
    assertEquals("Apache-2.0", vectors.provenance().path("encoderLicence").asText());
    assertEquals(vectors.size(), vectors.provenance().path("words").asInt());
    assertTrue(vectors.size() > 50_000, "vocabulary of " + vectors.size());
    assertEquals(vectors.provenance().path("dimension").asInt(), vectors.dimension());
  }

  @Test
  void vectorsAreUnitLengthAfterQuantisation() {
    for (String w : new String[] {"refund", "late", "the", ":)"}) {
      double[] v = vectors.of(w);
      double norm = Math.sqrt(WordVectors.cosine(v, v) == 1 ? dot(v, v) : Double.NaN);
      assertEquals(1.0, norm, 0.02, w);
    }
  }

  @Test
  void wordsOfLikeMeaningLieCloserThanOpposites() {
    double[] awful = vectors.of("awful");
    assertTrue(WordVectors.cosine(awful, vectors.of("terrible"))
        > WordVectors.cosine(awful, vectors.of("wonderful")));
    assertTrue(WordVectors.cosine(vectors.of("refund"), vectors.of("reimbursement"))
        > WordVectors.cosine(vectors.of("refund"), vectors.of("weather")));
  }

  @Test
  void unknownWordsAddNothing() {
    double[] sum = new double[vectors.dimension()];
    assertFalse(vectors.addTo("qzxqzxqzx", 1, sum));
    assertEquals(0, dot(sum, sum));
    assertNull(vectors.of("qzxqzxqzx"));
    assertTrue(vectors.addTo("refund", 2, sum));
    assertEquals(4.0, dot(sum, sum), 0.1);
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }
}
