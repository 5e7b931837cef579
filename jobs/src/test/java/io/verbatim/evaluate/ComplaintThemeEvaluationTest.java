package io.verbatim.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verbatim.model.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComplaintThemeEvaluationTest {

  @Test
  void nmiIsOneForTheSamePartitionAndZeroForAnIndependentOne() {
    List<String> labels = List.of("a", "a", "b", "b");
    assertEquals(1, ComplaintThemeEvaluation.nmi(List.of("x", "x", "y", "y"), labels), 1e-9);
    assertEquals(0, ComplaintThemeEvaluation.nmi(List.of("x", "y", "x", "y"), labels), 1e-9);
    assertEquals(0, ComplaintThemeEvaluation.nmi(List.of("x", "x", "x", "x"), labels), 1e-9);
  }

  @Test
  void purityCountsEachClustersCommonestLabel() {
    assertEquals(3 / 4.0, ComplaintThemeEvaluation.purity(List.of("x", "x", "x", "y"),
        List.of("a", "a", "b", "b")), 1e-9);
  }

  @Test
  void anActionComesFromItsSentenceWhenItsVerbAndObjectAreThere() {
    List<Token> question = List.of(new Token("Where", "where", "WRB"), new Token("is", "be", "VBZ"),
        new Token("my", "my", "PRP$"), new Token("bag", "bag", "NN"));
    assertTrue(!ActionSource.fromSentence("add my bag", question));
    List<Token> request = List.of(new Token("Please", "please", "UH"),
        new Token("extend", "extend", "VB"), new Token("opening", "opening", "NN"),
        new Token("hours", "hour", "NNS"));
    assertTrue(ActionSource.fromSentence("extend opening hours", request));
  }
}
