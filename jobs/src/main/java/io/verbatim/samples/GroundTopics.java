package io.verbatim.samples;

import static io.verbatim.samples.Channels.DESK;
import static io.verbatim.samples.Channels.FLIGHTS;
import static io.verbatim.samples.Channels.LOUNGE;
import static io.verbatim.samples.Channels.WEBSITE;

import java.util.List;

/** At the airport: baggage, baggage fees, boarding, the service desks and the lounges. */
final class GroundTopics {

  private GroundTopics() {
  }

  static List<Topic> all() {
    return List.of(baggage(), baggageFees(), boarding(), serviceDesk(), lounge());
  }

  private static Topic baggage() {
    return Topic.builder("baggage", "Logistics")
        .product(FLIGHTS, 7).product(DESK, 3)
        .weights(10, 1.5, 3)
        .complaints(
            "[My|Our] [bag|suitcase|luggage] [never arrived|did not arrive|didn't turn up] in {city}.",
            "[You|Northwind] lost my [bag|suitcase] on [the|my] flight [to|from] {city}[ and nobody can tell me where it is|].",
            "My [suitcase|bag] arrived [{n_days} days late|a week late|two days after I did][ with half the contents missing|].",
            "[The|My] [suitcase|case] came off the belt [with a broken handle|with a wheel missing|completely smashed|soaked through|ripped open].",
            "[Still|I am still|I'm still] waiting for my [lost|missing|delayed] [bag|luggage] after {n_days} days.",
            "We waited [over an hour|{n_min} minutes|forever] at the [baggage belt|carousel] in {airport}.",
            "[Baggage|Luggage] [handling|reclaim] at {airport} [is a joke|was chaotic|was a shambles|was painfully slow].",
            "The [baggage tracing|lost luggage] [team|desk|portal] [never replies|is useless|keeps closing my case|just gives me a reference number].",
            "My bag was sent to the wrong [airport|city][ and took {n_days} days to come back|].",
            "[Damaged|Broken] [suitcase|pushchair|wheelchair|guitar case] and [no one|nobody] [will take responsibility|wants to pay for it].",
            "[Our|My] [luggage|bag] [got lost|went missing] [on the connection in {airport}|somewhere between {airport} and {city}|again].")
        .details(
            "It had all my [medication|work clothes|kids' things|presents] in it.",
            "I had to buy [clothes|toiletries|a suit for a wedding] [at my own expense|out of my own pocket].",
            "The reference number [is useless|is not recognised by the website|doesn't work].",
            "Tracking said it was [in {airport}|delivered|on its way] [when it clearly wasn't|for three days].",
            "[Nobody|No one] at the [baggage desk|lost property desk] [had any idea|could tell us anything].")
        .praise(
            "My bag [was first off the belt|came through really quickly|was waiting before I got to the carousel].",
            "[Lost luggage|Baggage services] at {airport} [were brilliant|sorted it out within a day|delivered my bag to the hotel the next morning].",
            "[Quick|Fast|Smooth] baggage [drop|reclaim] at {airport}[, no queue at all|].")
        .suggest("[give|offer] [us|passengers] live tracking for [checked bags|our luggage]",
            "I could track my bag [in the app|live]")
        .suggest("[put|add] more staff on the baggage [desk|belts] at {airport}",
            "there were more staff at baggage reclaim")
        .suggest("compensate [people|passengers] properly for [lost|damaged] [bags|luggage]",
            "compensation for [lost|damaged] bags was [quicker|fairer]")
        .suggest("deliver delayed bags to [the hotel|people's homes] [automatically|without being asked]",
            "delayed bags were delivered [to the hotel|home] automatically")
        .suggest("[answer|reply to] [lost baggage|baggage tracing] claims within a week",
            "the lost baggage team [replied|answered] [faster|within days]")
        .neutral("Checked one bag in {airport}[, collected it in {city}|].",
            "Travelled with [hand luggage only|one checked bag|two suitcases].")
        .terse(List.of("Lost my bag again.", "Where is my suitcase?", "Bag still missing!",
                "Suitcase arrived broken.", "Luggage took forever.", "Still no bag, {n_days} days."),
            List.of("Bags came out quickly.", "Quick baggage drop, thanks."))
        .notes("[lost|delayed|missing] bag [on|from] {flight}", "damaged suitcase claim",
            "bag tracing status")
        .build();
  }

  private static Topic baggageFees() {
    return Topic.builder("baggage-fees", "Logistics")
        .product(FLIGHTS, 5).product(WEBSITE, 3).product(DESK, 2)
        .weights(5, 0.3, 3)
        .complaints(
            "[Charged|I was charged] {fee} for a bag that was [two kilos|1kg|barely] over the limit.",
            "The [baggage|checked bag] fees are [ridiculous|a rip-off|extortionate|way too high].",
            "[They|Staff] made me pay {fee} [at the gate|at check-in] for my [cabin bag|hand luggage] [even though|although] it fit the [sizer|frame].",
            "Paying {fee} extra for a [checked bag|suitcase] on [a long-haul flight|a transatlantic flight|{hour_flight}] is [outrageous|not on].",
            "The [bag|baggage] allowance [was not clear|is confusing|had changed] [when I booked|on the website].",
            "[Sports equipment|Ski bag|Golf bag] fees [are absurd|cost more than my seat].")
        .praise("[Nice|Good] that a checked bag is [included|part of the fare] on [long-haul|transatlantic] flights.")
        .suggest("include one checked bag in [every|the basic] fare",
            "a checked bag was included in the fare")
        .suggest("make the baggage allowance [clearer|easier to find] [when booking|on the website]",
            "the baggage allowance was clearer when booking")
        .suggest("[lower|reduce|cut] the [excess|checked] baggage fees",
            "baggage fees were [lower|more reasonable]")
        .suggest("[allow|give us] [a bit of|some] tolerance on bag weight",
            "there was [a bit of|some] tolerance on bag weight")
        .neutral("Added a bag [after booking|online] for {fee}.")
        .terse(List.of("Baggage fees are ridiculous.", "Too expensive for bags.",
                "Stop charging for bags!"),
            List.of("Bag included, good."))
        .notes("dispute over excess baggage fee", "baggage fee charged at [the gate|check-in]")
        .build();
  }

  private static Topic boarding() {
    return Topic.builder("boarding", "Operations")
        .product(FLIGHTS, 1)
        .weights(3, 2, 2)
        .complaints(
            "Boarding [at {airport}|at the gate] was [chaotic|a free-for-all|a shambles|a mess].",
            "[Priority boarding|Paying for priority] [is|was] pointless because [everyone|half the plane] [boards first anyway|boarded at once].",
            "[We were|I was] [kept|left] standing on the [bus|air bridge|stairs] for [{n_min} minutes|ages][ in the rain| in the heat|].",
            "[The|Our] gate [changed|was changed] [three times|at the last minute] and [nobody announced it|the app didn't show it].",
            "[Staff made me check|They forced me to check] my cabin bag at the gate [because the bins were full|even though there was space].")
        .praise("Boarding was [quick|smooth|well organised|efficient][ for once|].",
            "[Boarding by rows|The new boarding process] [works really well|is much better].")
        .suggest("board [by rows|back to front|by zones][ properly|]",
            "boarding was done by rows")
        .suggest("[announce|show] gate changes [in the app|properly]",
            "gate changes showed up in the app")
        .suggest("[enforce|actually enforce] the cabin bag rules",
            "the cabin bag rules were enforced")
        .terse(List.of("Boarding was chaos.", "Gate chaos again.", "Boarding was a mess."),
            List.of("Smooth boarding, thanks.", "Boarding was quick."))
        .notes("gate bag fee dispute", "chaotic boarding at {airport}")
        .build();
  }

  private static Topic serviceDesk() {
    return Topic.builder("service-desk", "Operations")
        .product(DESK, 1)
        .weights(4, 2, 3)
        .complaints(
            "The service desk at {airport} [was closed|had one person on it|had a {n_min} minute queue|was unstaffed] [when we arrived|at {hour}|when we needed it].",
            "[Queued|We queued] for [an hour|{n_min} minutes] at the [service|transfer|ticket] desk [just to|only to] be told to call the call centre.",
            "[The|Your] [service|airport|ticket] desk [only|just] opens [at|from] [8am|9am], [which is useless|which doesn't help] for early flights.",
            "[Nobody|No one] at the [airport desk|service desk] [could|was able to] [change my booking|print a boarding pass|help with my bag].",
            "The [service desk|desk] staff at {airport} [sent us back and forth|kept sending us to another desk|closed the window in our faces].")
        .praise("[The service desk staff|The desk staff|The team at the ticket desk] at {airport} [rebooked us in minutes|were incredibly helpful|sorted everything out].",
            "[The lady|The gentleman|The agent] at the service desk [was lovely|went out of her way|went above and beyond].")
        .suggest("[extend|lengthen] the opening hours of the service desk[ at {airport}|]",
            "the service desk was open [longer|earlier in the morning|24 hours]")
        .suggest("[put|have] more staff on the [service|ticket] desk at {airport}",
            "there were more people on the service desk")
        .suggest("[give|let] desk staff [the power|permission] to [rebook|change] tickets",
            "desk staff could actually change bookings")
        .suggest("add self-service [kiosks|machines] [for rebooking|at {airport}]",
            "there were self-service kiosks for rebooking")
        .neutral("Went to the service desk at {airport} to [change my seat|ask about my bag|get a receipt].")
        .terse(List.of("Service desk closed again.", "Desk queue was endless."),
            List.of("Desk staff were great."))
        .notes("service desk closed at {airport}", "queue at {airport} ticket desk")
        .build();
  }

  private static Topic lounge() {
    return Topic.builder("lounge", "Product")
        .product(LOUNGE, 1)
        .weights(4, 5, 3)
        .complaints(
            "The lounge at {airport} was [packed|overcrowded|full] and [there was nowhere to sit|we were turned away|it was impossible to find a seat].",
            "[The|Your] {airport} lounge [food|selection] [is|was] [poor|sad|limited to crisps and biscuits].",
            "[I was|We were] [refused|denied] [entry|access] to the lounge [despite my status|even with a valid pass|because of a 'capacity limit'].",
            "The lounge [closes|closed] [before the early flights|at 7pm|before my departure][, which makes no sense|, so what's the point|].",
            "[Showers|The showers] in the lounge [were out of order|had no hot water|were dirty].")
        .praise("The lounge at {airport} [is|was] [lovely|excellent|a real treat|quiet and comfortable].",
            "[Great|Good] [food|coffee|choice] in the {airport} lounge.",
            "[The lounge staff were|The lounge team was] [super|very] [friendly|welcoming].")
        .suggest("[extend|increase] the lounge opening hours",
            "the lounge opened earlier for the first flights")
        .suggest("[make|build] the {airport} lounge bigger",
            "the lounge at {airport} was bigger")
        .suggest("[add|offer] [hot food|healthier food|more plugs] in the lounge",
            "there was [hot food|more healthy food] in the lounge")
        .suggest("[let Gold members bring|allow Silver members to bring|let members bring] a guest into the lounge",
            "I could bring a guest into the lounge")
        .neutral("Used the lounge at {airport} [on the way out|before the flight|during a long layover].")
        .terse(List.of("Lounge was overcrowded.", "Terrible lounge food.", "Lounge was packed."),
            List.of("Lovely lounge, thanks!", "Great lounge at {airport}.", "Really nice lounge."))
        .notes("lounge access refused", "overcrowded lounge at {airport}")
        .build();
  }
}
