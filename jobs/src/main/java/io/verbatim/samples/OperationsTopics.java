package io.verbatim.samples;

import static io.verbatim.samples.Channels.FLIGHTS;

import java.util.List;

/** Owned by Operations: delays and cancellations. */
final class OperationsTopics {

  private OperationsTopics() {
  }

  static List<Topic> all() {
    return List.of(delays(), cancellations());
  }

  private static Topic delays() {
    return Topic.builder("delays", "Operations")
        .product(FLIGHTS, 1)
        .weights(8, 3, 2)
        .trend(Trend.DISRUPTION)
        .complaints(
            "[Our|My|The] flight [was delayed|got delayed] [by|for] {n_hours} hours [with no explanation|and nobody told us why|without any information].",
            "{flight} [from|to] {city} [left|departed] {n_hours} hours late[ and I missed my connection|].",
            "[Sat|We sat] on the [tarmac|plane] for [over an hour|{n_min} minutes|two hours] [with no updates|without air conditioning|without even water].",
            "[Delays|Delay after delay] [every time I fly|on every trip|yet again][, this is getting ridiculous|].",
            "The departure board [kept changing|kept adding 30 minutes] [and staff knew nothing|but nobody could say anything].",
            "[Missed|I missed] my connection in {airport} because of the delay[ and had to stay overnight| and lost a day of my holiday|].")
        .details("[The|Our] food voucher [didn't even cover a sandwich|was a joke].",
            "[Nobody|No one] [mentioned|told us about] compensation.",
            "The app said on time until [we were|I was] at the gate.")
        .praise("[The flight|Both flights] [left|were] [on time|early][ and landed early|].",
            "[Great|Good] punctuality [as always|this time].",
            "[Despite|Even with] the delay, [the crew|staff] kept us [well informed|updated].")
        .suggest("[keep passengers|keep us] [updated|informed] during delays",
            "we got [real|proper] updates during delays")
        .suggest("give [passengers|us] [real|proper] updates during delays",
            "someone actually told us what was going on")
        .suggest("[give|offer] [proper|decent] [food|meal] vouchers when flights are delayed",
            "the vouchers covered an actual meal")
        .suggest("[pay|process] delay compensation [automatically|without us chasing]",
            "delay compensation was paid automatically")
        .suggest("[send|push] delay [notifications|alerts] [earlier|to the app]",
            "the app told me about delays earlier")
        .neutral("Flight [left|was] [about 20 minutes|a little] late, [not a big deal|no drama].")
        .terse(List.of("Delayed again, {n_hours} hours.", "Another delay, unbelievable.",
                "Always delayed, always."),
            List.of("On time, great.", "Landed early, thanks!", "Right on time, perfect."))
        .notes("delay compensation claim {flight}", "missed connection after delay")
        .build();
  }

  private static Topic cancellations() {
    return Topic.builder("cancellations", "Operations")
        .product(FLIGHTS, 1)
        .weights(5, 0.5, 2)
        .trend(Trend.DISRUPTION)
        .complaints(
            "[My|Our] flight [to|from] {city} was cancelled [at the last minute|the night before|while we were at the gate][ and we were stranded|].",
            "[You|Northwind] cancelled [my|our] flight and [rebooked|moved] [me|us] [two days later|onto a flight the next evening|via {airport}] without asking.",
            "[We got|There was] [no hotel|no help|no information] at all after the cancellation.",
            "We found out [about the cancellation|the flight was cancelled] [from the departure board|on social media|by chance], not from [you|an email|the app].",
            "[Second|Third] cancellation [this month|this year][, I am done|].")
        .details("[We|I] had to [find|pay for] [a hotel|a taxi] [ourselves|myself].",
            "[The|Our] rebooked flight was [also delayed|at 6am from another airport].")
        .praise("[After|When] [the|our] flight was cancelled, [staff|the team] [rebooked us quickly|found us a hotel straight away].")
        .suggest("[rebook people automatically|let us rebook ourselves in the app] when a flight is cancelled",
            "I could rebook myself in the app after a cancellation")
        .suggest("[tell|warn] [us|passengers] about cancellations [earlier|by text|before we get to the airport]",
            "you told us about cancellations earlier")
        .suggest("[arrange|book] hotels for [stranded|stuck] passengers",
            "hotels were arranged for stranded passengers")
        .terse(List.of("Flight cancelled, no help.", "Cancelled again, no explanation."),
            List.of())
        .notes("rebooking after cancellation", "hotel costs after cancelled flight")
        .build();
  }
}
