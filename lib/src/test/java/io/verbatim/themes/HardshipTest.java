package io.verbatim.themes;

import static io.verbatim.themes.Fixtures.tokens;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.verbatim.model.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

class HardshipTest {

  /** The subject index Hardship gives at the first token whose word is {@code at}. */
  private static int customer(String spec, String at) {
    List<Token> t = tokens(spec);
    for (int i = 0; i < t.size(); i++) {
      if (t.get(i).word().equals(at)) {
        return Hardship.customer(t, i);
      }
    }
    throw new AssertionError(at + " not in " + spec);
  }

  @Test
  void theCustomerWhoCouldNotPayIsFoundAtTheAct() {
    assertEquals(0, customer(
        "I/I/PRP could/could/MD not/not/RB afford/afford/VB the/the/DT payments/payment/NNS",
        "afford"));
    assertEquals(0, customer(
        "we/we/PRP have/have/VBP been/be/VBN struggling/struggle/VBG to/to/TO pay/pay/VB",
        "pay"));
    assertEquals(0, customer(
        "we/we/PRP struggle/struggle/VBP to/to/TO meet/meet/VB the/the/DT rent/rent/NN",
        "meet"));
    assertEquals(2, customer(
        "last/last/JJ year/year/NN I/I/PRP got/get/VBD behind/behind/RB", "behind"));
  }

  @Test
  void othersFailingToPayOrTheCustomerFailingAtSomethingElseIsNoHardship() {
    // Someone else could not pay.
    assertEquals(-1, customer(
        "they/they/PRP could/could/MD not/not/RB pay/pay/VB the/the/DT refund/refund/NN", "pay"));
    // The customer could not do something that is no paying.
    assertEquals(-1, customer(
        "I/I/PRP could/could/MD not/not/RB reset/reset/VB my/my/PRP$ password/password/NN",
        "reset"));
    // The way of paying failed, not the customer's means.
    assertEquals(-1, customer(
        "I/I/PRP was/be/VBD unable/unable/JJ to/to/TO pay/pay/VB through/through/IN "
            + "the/the/DT website/website/NN", "pay"));
    // Paying by choice or able to pay.
    assertEquals(-1, customer("I/I/PRP will/will/MD not/not/RB pay/pay/VB", "pay"));
    assertEquals(-1, customer("we/we/PRP can/can/MD pay/pay/VB", "pay"));
    // A negation in another clause says nothing of this one.
    assertEquals(-1, customer(
        "I/I/PRP could/could/MD not/not/RB sleep/sleep/VB ,/,/, so/so/RB I/I/PRP paid/pay/VBD",
        "paid"));
  }
}
