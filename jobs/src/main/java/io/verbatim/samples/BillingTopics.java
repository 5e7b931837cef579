package io.verbatim.samples;

import static io.verbatim.samples.Channels.APP;
import static io.verbatim.samples.Channels.DESK;
import static io.verbatim.samples.Channels.FLIGHTS;
import static io.verbatim.samples.Channels.WEBSITE;

import java.util.List;

/** Owned by Billing: double charges, refunds, invoices and fees nobody mentioned. */
final class BillingTopics {

  private BillingTopics() {
  }

  static List<Topic> all() {
    return List.of(doubleCharge(), refunds(), invoices(), hiddenFees());
  }

  private static Topic doubleCharge() {
    return Topic.builder("double-charge", "Billing")
        .product(WEBSITE, 6).product(APP, 3).product(DESK, 1)
        .weights(5, 0.3, 1.5)
        .complaints(
            "I was charged [twice|two times|double] for [my booking|the same ticket|seat selection|my bag].",
            "[My|The] [card|credit card|account] was [debited|charged] {amount} twice and [nobody|no one] [will refund|can explain] [it|the second payment].",
            "[The payment failed|Payment said it failed] but [the money was still taken|I was still charged], and then I paid again.",
            "[Double|Duplicate] [charge|payment] on my [card|statement] since {weekday} and still [not sorted|no refund].",
            "[You|Northwind] took the payment [twice|two times] when the [website|app] [timed out|froze].")
        .details("I have [sent|attached] my bank statement [twice|three times already].",
            "My bank says it is [not their problem|a merchant issue].")
        .praise("[Billing|The payments team] [fixed|reversed] a double charge [within a day|straight away|very quickly].")
        .suggest("[refund|reverse] [duplicate|double] [charges|payments] [automatically|straight away]",
            "double charges were [refunded|reversed] automatically")
        .suggest("[fix|sort out] the payment page so it doesn't charge twice",
            "the payment page didn't charge people twice")
        .suggest("[show|send] a [clear|proper] payment confirmation",
            "the confirmation showed exactly what was charged")
        .terse(List.of("Charged twice, no refund.", "Double charged again!",
                "Duplicate payment, still waiting."),
            List.of())
        .notes("double charge on booking", "duplicate payment on card")
        .build();
  }

  private static Topic refunds() {
    return Topic.builder("refunds", "Billing")
        .product(FLIGHTS, 4).product(WEBSITE, 4).product(DESK, 2)
        .weights(7, 1.5, 3)
        .trend(Trend.DECLINING)
        .complaints(
            "[Still|I am still|I'm still] waiting for [my|a] refund [after {n_weeks} weeks|for a cancelled flight|since {month}].",
            "[The|My] refund[ of {amount}|] [has taken|took] [{n_weeks} weeks|months|forever][ and counting|].",
            "[You|Northwind] [offered|gave] me a voucher when I [asked for|wanted] a [cash|proper] refund.",
            "The refund form [keeps|kept] [rejecting|failing on] my [booking reference|bank details].",
            "[I was told|They told me] the refund would take [7|10|14] days[, that was {n_weeks} weeks ago|].",
            "[Only|Just] [part|half] of my refund [came through|arrived] and [nobody|no one] can explain why.")
        .details("I have [emailed|called] [four|five|six] times [about it|already].",
            "Every time I call I get a different [answer|story].")
        .praise("[My|The] refund [came through|arrived|was processed] in [{n_days} days|under a week|no time][, impressed|, thank you|].",
            "[Refund|Getting my money back] was [easy|painless|quicker than expected].")
        .suggest("make refunds faster", "refunds were faster")
        .suggest("[process|pay] refunds [within|in] [7|14] days",
            "refunds were paid within [a week|two weeks]")
        .suggest("[let|help] [us|customers] [track|see the status of] [our|a] refund [online|in the app]",
            "I could track my refund online")
        .suggest("stop pushing vouchers [instead of|when people ask for] refunds",
            "you offered cash refunds instead of vouchers")
        .terse(List.of("Where is my refund?", "Refund still pending!!",
                "Still no refund, {n_weeks} weeks.", "Refunds take forever."),
            List.of("Refund was quick, thanks.", "Got my refund fast."))
        .notes("refund status for cancelled flight", "chasing refund [again|for the third time]")
        .build();
  }

  private static Topic invoices() {
    return Topic.builder("invoices", "Billing")
        .product(WEBSITE, 7).product(DESK, 3)
        .weights(3, 0.3, 2)
        .complaints(
            "[I need|I needed] a [VAT|proper|company] invoice [for my employer|for expenses] and [there is no way|it is impossible] to get one.",
            "The [invoice|receipt] [shows|showed] the wrong [amount|name|company details] and [cannot|can't] be corrected.",
            "[Invoices|Receipts] for [seat selection|extra bags|upgrades] [are not|aren't] [available|included] anywhere.",
            "[Requested|I requested] an invoice {n_weeks} weeks ago and [still nothing|never received it].")
        .praise("[Got|Downloaded] the invoice for my company [in seconds|without any hassle].")
        .suggest("[let|help] [us|business travellers] download [VAT invoices|invoices] from [Manage Booking|the website]",
            "I could download a VAT invoice from my booking")
        .suggest("[put|include] all extras on one invoice",
            "all the extras were on one invoice")
        .suggest("[email|send] [an|the] invoice automatically after [payment|booking]",
            "invoices came automatically after booking")
        .terse(List.of("Still no VAT invoice.", "Need a proper invoice!"), List.of())
        .notes("invoice request for company", "wrong name on invoice")
        .build();
  }

  private static Topic hiddenFees() {
    return Topic.builder("hidden-fees", "Billing")
        .product(WEBSITE, 7).product(APP, 3)
        .weights(4, 0.2, 2)
        .complaints(
            "The price [went up|jumped] by {fee} at the [last step|payment page][ with fees I never saw|].",
            "[Hidden|Sneaky|Surprise] fees [for|on] [seat selection|card payments|everything] [are|were] [not okay|a disgrace|really annoying].",
            "The {fee} '[service|admin|booking] fee' [was never explained|is a joke].",
            "[Changing|To change] [my|a] [name|flight date] cost [more than the ticket|{fee} in fees].")
        .suggest("show the [full|final] price [upfront|from the start|on the first page]",
            "the full price was shown upfront")
        .suggest("[drop|get rid of|scrap] the [card|booking|admin] fee",
            "there was no [card|admin] fee")
        .suggest("be [upfront|honest] about [fees|extras]",
            "you were more upfront about fees")
        .terse(List.of("Too many hidden fees.", "Hidden fees everywhere!"), List.of())
        .notes("unexplained booking fee", "card fee query")
        .build();
  }
}
