package io.verbatim.evaluate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AspectTermEvaluationTest {

  @Test
  void wholeWordContainment() {
    assertTrue(AspectTermEvaluation.containsWords("wine list", "wine"));
    assertTrue(AspectTermEvaluation.containsWords("wine", "wine"));
    assertTrue(!AspectTermEvaluation.containsWords("swine flu", "wine"));
  }
}
