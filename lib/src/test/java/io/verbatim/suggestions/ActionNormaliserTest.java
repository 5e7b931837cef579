package io.verbatim.suggestions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActionNormaliserTest {

  @ParameterizedTest
  @CsvSource({"make,making", "stop,stopping", "see,seeing", "die,dying", "visit,visiting",
      "open,opening", "fix,fixing", "allow,allowing", "pay,paying", "be,being", "plan,planning",
      "book,booking", "change,changing", "agree,agreeing"})
  void gerunds(String verb, String gerund) {
    assertEquals(gerund, ActionNormaliser.gerund(verb));
  }
}
