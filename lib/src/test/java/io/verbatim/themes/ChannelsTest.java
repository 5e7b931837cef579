package io.verbatim.themes;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verbatim.model.Theme;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChannelsTest {

  @Test
  void aThemeWhoseHeadIsAChannelNounSaysHowNotWhat() {
    assertTrue(Channels.names("letter", List.of()));
    assertTrue(Channels.names("confirmation email", List.of()));
    assertTrue(Channels.names("phone call", List.of()));
    assertFalse(Channels.names("late fee", List.of()));
    assertFalse(Channels.names("email address change fee", List.of()), "the head is the fee");
  }

  @Test
  void aThemeThatFoldsInABareChannelNounIsAChannel() {
    assertTrue(Channels.names(new Theme("t", "call centre", "Call centre", null, "CS",
        List.of("call centre", "call", "hotline"), true)));
    assertFalse(Channels.names(new Theme("t", "refund", "Refunds", null, "Billing",
        List.of("refund", "money back"), true)));
    assertFalse(Channels.names((Theme) null));
  }
}
