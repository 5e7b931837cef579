package io.verbatim.suggestions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class ActionKeysTest {

  @Test
  void functionWordsAndWordOrderDoNotMatter() {
    String key = ActionKeys.actionKey("add wifi on the planes");
    assertEquals("add plane wifi", key);
    assertEquals(key, ActionKeys.actionKey("add wifi to planes"));
    assertEquals(key, ActionKeys.actionKey("Add WiFi on planes!"));
    assertEquals(key, ActionKeys.actionKey("add more wifi on plane"));
  }

  @Test
  void synonymousVerbsShareOneKey() {
    assertEquals(ActionKeys.actionKey("add wifi on planes"),
        ActionKeys.actionKey("provide wifi on planes"));
    assertEquals(ActionKeys.actionKey("extend opening hours"),
        ActionKeys.actionKey("increase the opening hours"));
    assertEquals(ActionKeys.actionKey("bring back free snacks"),
        ActionKeys.actionKey("restore free snacks"));
    assertEquals(ActionKeys.actionKey("get rid of the booking fee"),
        ActionKeys.actionKey("remove booking fees"));
    assertEquals(ActionKeys.actionKey("allow paying with paypal"),
        ActionKeys.actionKey("let customers pay with PayPal"));
  }

  @Test
  void differentRequestsStayApart() {
    assertNotEquals(ActionKeys.actionKey("add wifi"), ActionKeys.actionKey("remove wifi"));
    assertNotEquals(ActionKeys.actionKey("charge for wifi"),
        ActionKeys.actionKey("do not charge for wifi"));
    assertNotEquals(ActionKeys.actionKey("make seats wider"),
        ActionKeys.actionKey("make seats cheaper"));
  }

  @Test
  void emptyInputGivesAnEmptyKey() {
    assertEquals("", ActionKeys.actionKey(null));
    assertEquals("", ActionKeys.actionKey("  "));
    assertEquals("", ActionKeys.actionKey("?!"));
  }
}
