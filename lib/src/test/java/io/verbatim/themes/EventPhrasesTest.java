package io.verbatim.themes;

import static io.verbatim.themes.Fixtures.tokens;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EventPhrasesTest {

  private final EventPhrases events = new EventPhrases(Taxonomy.empty());
  private final AspectExtractor extractor = new AspectExtractor(Taxonomy.empty());

  private List<String> phrases(String spec) {
    return events.find(tokens(spec)).stream().map(EventPhrases.Found::phrase).toList();
  }

  @Test
  void passiveActiveAndNounReadingsAreOneEvent() {
    assertEquals(List.of("cancelled flight"), phrases(
        "my/my/PRP$ flight/flight/NN got/get/VBD cancelled/cancel/VBN"));
    assertEquals(List.of("cancelled flight"), phrases(
        "they/they/PRP cancelled/cancel/VBD my/my/PRP$ flight/flight/NN"));
    assertEquals(List.of("cancelled flight"), phrases(
        "my/my/PRP$ flight/flight/NN to/to/TO Boston/Boston/NNP was/be/VBD "
            + "canceled/cancel/VBN"));
    // The noun reading comes from the aspect extractor, with the event's spelling.
    assertTrue(extractor.extract(tokens("a/a/DT canceled/cancel/VBN flight/flight/NN"))
        .contains("cancelled flight"));
  }

  @Test
  void thingsThatNeverHappenedNameTheirObject() {
    assertEquals(List.of("refund not received"), phrases(
        "my/my/PRP$ refund/refund/NN never/never/RB arrived/arrive/VBD"));
    assertEquals(List.of("refund not received"), phrases(
        "I/I/PRP did/do/VBD not/not/RB receive/receive/VB my/my/PRP$ refund/refund/NN"));
    assertEquals(List.of("refund not received"), phrases(
        "still/still/RB waiting/wait/VBG for/for/IN my/my/PRP$ refund/refund/NN"));
    // Without a negation nothing failed.
    assertEquals(List.of(), phrases("I/I/PRP received/receive/VBD my/my/PRP$ refund/refund/NN"));
  }

  @Test
  void repeatsWaitsAndBareFailures() {
    assertEquals(List.of("double charge"), phrases(
        "they/they/PRP charged/charge/VBD me/me/PRP twice/twice/RB"));
    assertEquals(List.of("wait time"), phrases(
        "kept/keep/VBD on/on/IN hold/hold/VBN for/for/IN an/a/DT hour/hour/NN"));
    assertEquals(List.of("wait time"), phrases("still/still/RB waiting/wait/VBG ././."));
    assertEquals(List.of("cancellation"), phrases("it/it/PRP was/be/VBD cancelled/cancel/VBN"));
    assertEquals(List.of("lost bag"), phrases(
        "they/they/PRP lost/lose/VBD my/my/PRP$ bag/bag/NN"));
    assertEquals(List.of(), phrases(
        "they/they/PRP did/do/VBD n't/not/RB cancel/cancel/VB the/the/DT flight/flight/NN"));
  }

  @Test
  void eventsFoldTheirObjectThroughTheTaxonomy() {
    EventPhrases withTaxonomy = new EventPhrases(Taxonomy.defaults());
    assertEquals("lost baggage", withTaxonomy.find(tokens(
        "they/they/PRP lost/lose/VBD my/my/PRP$ luggage/luggage/NN")).get(0).phrase());
  }

  @Test
  void changesNameTheObject() {
    assertEquals(Optional.of("Reduce flight cancellations"),
        EventPhrases.changeFor("cancelled flight"));
    assertEquals(Optional.of("Reduce cancellations"), EventPhrases.changeFor("cancellation"));
    assertEquals(Optional.of("Deliver refund on time"),
        EventPhrases.changeFor("refund not received"));
    assertEquals(Optional.of("Answer customers sooner"),
        EventPhrases.changeFor("response not received"));
    assertEquals(Optional.of("Stop double charges"), EventPhrases.changeFor("double charge"));
    assertEquals(Optional.empty(), EventPhrases.changeFor("seat"));
  }

  @Test
  void anyNegatedActWithItsObjectIsOneEventHowEverItIsTold() {
    assertEquals(List.of("payment not applied"), phrases(
        "they/they/PRP did/do/VBD not/not/RB apply/apply/VB my/my/PRP$ payment/payment/NN"));
    assertEquals(List.of("payment not applied"), phrases(
        "my/my/PRP$ payment/payment/NN was/be/VBD not/not/RB applied/apply/VBN"));
    assertEquals(List.of("payment not made"), phrases(
        "the/the/DT bank/bank/NN could/could/MD n't/not/RB make/make/VB a/a/DT "
            + "payment/payment/NN"));
    // The customer could not because the way of paying failed: the company's failure.
    assertEquals(List.of("payment not made"), phrases(
        "I/I/PRP was/be/VBD unable/unable/JJ to/to/TO make/make/VB the/the/DT "
            + "payment/payment/NN online/online/RB"));
    // The act refused is the event, not the refusal.
    assertEquals(List.of("fee not removed"), phrases(
        "they/they/PRP refused/refuse/VBD to/to/TO remove/remove/VB the/the/DT fee/fee/NN"));
  }

  @Test
  void negationsThatTellNoFailureMakeNoEvent() {
    // Verbs of knowing and wanting, a rule stated, a failure verb negated, no object.
    assertEquals(List.of(), phrases(
        "I/I/PRP did/do/VBD not/not/RB know/know/VB the/the/DT amount/amount/NN"));
    assertEquals(List.of(), phrases(
        "a/a/DT lender/lender/NN may/may/MD not/not/RB charge/charge/VB a/a/DT fee/fee/NN"));
    assertEquals(List.of(), phrases(
        "I/I/PRP never/never/RB missed/miss/VBD a/a/DT payment/payment/NN"));
    assertEquals(List.of(), phrases("they/they/PRP would/would/MD not/not/RB help/help/VB"));
    // What customers say they did not do is their side of the story.
    assertEquals(List.of(), phrases(
        "I/I/PRP do/do/VBP not/not/RB owe/owe/VB this/this/DT debt/debt/NN"));
  }

  @Test
  void negatedActsAreTitledAsTheChangeAndKnownByTheirObject() {
    assertEquals(Optional.of("Make sure the fee is removed"),
        EventPhrases.changeFor("fee not removed"));
    // A verb the data file words a change for keeps that wording.
    assertEquals(Optional.of("Apply payment correctly"),
        EventPhrases.changeFor("payment not applied"));
    assertEquals("payment", EventPhrases.objectOf("payment not applied"));
    assertEquals("flight", EventPhrases.objectOf("cancelled flight"));
    assertEquals("seat", EventPhrases.objectOf("seat"));
  }

  @Test
  void aThingSaidToBeWrongIsOneEventHoweverWorded() {
    assertEquals(List.of("incorrect balance"), phrases(
        "my/my/PRP$ balance/balance/NN was/be/VBD wrong/wrong/JJ"));
    assertEquals(List.of("incorrect balance"), phrases(
        "the/the/DT balance/balance/NN is/be/VBZ still/still/RB inaccurate/inaccurate/JJ"));
    assertTrue(extractor.extract(tokens("an/a/DT incorrect/incorrect/JJ balance/balance/NN"))
        .contains("incorrect balance"));
    assertTrue(extractor.extract(tokens("the/the/DT wrong/wrong/JJ balance/balance/NN"))
        .contains("incorrect balance"));
    assertEquals(Optional.of("Get balance right"), EventPhrases.changeFor("incorrect balance"));
    assertEquals("balance", EventPhrases.objectOf("incorrect balance"));
  }

  @Test
  void theCustomerWhoCouldNotPayIsAHardshipNotTheCompanysFailure() {
    assertEquals(List.of("payment difficulty"), phrases(
        "I/I/PRP could/could/MD not/not/RB afford/afford/VB the/the/DT payments/payment/NNS"));
    assertEquals(List.of("payment difficulty"), phrases(
        "we/we/PRP were/be/VBD unable/unable/JJ to/to/TO pay/pay/VB the/the/DT "
            + "subscription/subscription/NN"));
    assertEquals(List.of("payment difficulty"), phrases(
        "I/I/PRP ca/can/MD n't/not/RB keep/keep/VB up/up/RP with/with/IN my/my/PRP$ "
            + "monthly/monthly/JJ bills/bill/NNS"));
    assertEquals(List.of("payment difficulty"), phrases(
        "we/we/PRP are/be/VBP struggling/struggle/VBG to/to/TO make/make/VB "
            + "repayments/repayment/NNS"));
    assertEquals(List.of("payment difficulty"), phrases(
        "my/my/PRP$ hours/hour/NNS were/be/VBD cut/cut/VBN and/and/CC I/I/PRP fell/fall/VBD "
            + "behind/behind/RB"));
    // What the company did not do stays its failure, paying included (and "did not apply my
    // payment" above).
    assertEquals(List.of("refund not paid"), phrases(
        "they/they/PRP could/could/MD not/not/RB pay/pay/VB my/my/PRP$ refund/refund/NN"));
    // Not letting the customer pay is the company's doing, and not paying by choice is no
    // inability.
    assertEquals(List.of(), phrases(
        "they/they/PRP would/would/MD not/not/RB let/let/VB me/me/PRP pay/pay/VB"));
    assertEquals(List.of(), phrases(
        "I/I/PRP did/do/VBD not/not/RB pay/pay/VB the/the/DT fee/fee/NN"));
    assertEquals(List.of(), phrases("I/I/PRP was/be/VBD able/able/JJ to/to/TO pay/pay/VB"));
  }

  @Test
  void aCustomerLockedOutIsNoHardship() {
    assertEquals(List.of(), phrases(
        "I/I/PRP was/be/VBD unable/unable/JJ to/to/TO log/log/VB in/in/RP"));
    assertEquals(List.of("account not accessed"), phrases(
        "I/I/PRP could/could/MD not/not/RB access/access/VB my/my/PRP$ account/account/NN"));
    List<String> appDown = phrases(
        "I/I/PRP could/could/MD not/not/RB make/make/VB a/a/DT payment/payment/NN "
            + "because/because/IN the/the/DT app/app/NN crashed/crash/VBD");
    assertTrue(appDown.contains("payment not made"), appDown.toString());
    assertFalse(appDown.contains("payment difficulty"), appDown.toString());
  }

  @Test
  void hardshipIsTitledAsTheChangeAndOwnedByTheDefaultTaxonomy() {
    Taxonomy taxonomy = Taxonomy.defaults();
    EventPhrases withTaxonomy = new EventPhrases(taxonomy);
    String phrase = withTaxonomy.find(tokens(
        "we/we/PRP can/can/MD not/not/RB afford/afford/VB it/it/PRP")).get(0).phrase();
    Taxonomy.Entry entry = taxonomy.entry(phrase).orElseThrow();
    assertEquals("Billing", entry.owner());
    assertEquals("Payment difficulties", entry.label());
    assertEquals(Optional.of("Offer payment plans to customers who cannot pay"),
        Optional.ofNullable(entry.change()));
    assertEquals(phrase, taxonomy.normalise("financial hardship"));
  }
}
