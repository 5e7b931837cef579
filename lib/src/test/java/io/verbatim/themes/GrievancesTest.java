package io.verbatim.themes;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GrievancesTest {

  @Test
  void aVerdictOnAWrongIsAGrievance() {
    assertTrue(Grievances.names("violation"));
    assertTrue(Grievances.names("negligence"));
    assertTrue(Grievances.names("privacy breach"), "the head is the breach");
  }

  @Test
  void theRecourseTakenAboutAWrongIsAGrievance() {
    assertTrue(Grievances.names("dispute"));
    assertTrue(Grievances.names("investigation"));
    assertTrue(Grievances.names(" appeal "));
  }

  @Test
  void aProcessTheCompanyRunsIsNone() {
    assertFalse(Grievances.names("modification"));
    assertFalse(Grievances.names("foreclosure"));
    assertFalse(Grievances.names("debt validation"));
    assertFalse(Grievances.names("collection"));
    assertFalse(Grievances.names("dispute fee"), "the head is the fee, something charged");
  }
}
