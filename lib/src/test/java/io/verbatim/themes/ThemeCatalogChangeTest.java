package io.verbatim.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.verbatim.model.Theme;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ThemeCatalogChangeTest {

  private final ThemeCatalog catalog = new ThemeCatalog(List.of(
      new Theme("t-call", "call centre", "Call centre", null, "Customer Service",
          List.of("call centre", "call"), true),
      new Theme("t-call-missing", "call centre not received", "Call centre not received",
          "t-call", "Customer Service", List.of("call centre not received"), false),
      new Theme("t-invoice", "invoice", "Invoices", null, "Billing", List.of("invoice"), true),
      new Theme("t-invoice-missing", "invoice not received", "Invoice not received",
          "t-invoice", "Billing", List.of("invoice not received"), false)),
      Map.of("t-call", "Answer the phone sooner", "t-invoice", "Send invoices on time"));

  @Test
  void aCallThatNeverCameAsksForTheChannelsOwnChange() {
    assertEquals("Answer the phone sooner", catalog.change("t-call-missing"));
  }

  @Test
  void aThingThatNeverCameIsStillADelivery() {
    // An invoice is no channel: what never came is delivered late, whatever its theme's change.
    assertEquals("Deliver invoice on time", catalog.change("t-invoice-missing"));
  }
}
