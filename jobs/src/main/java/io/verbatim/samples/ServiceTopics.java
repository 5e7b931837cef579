package io.verbatim.samples;

import static io.verbatim.samples.Channels.APP;
import static io.verbatim.samples.Channels.DESK;
import static io.verbatim.samples.Channels.FLIGHTS;
import static io.verbatim.samples.Channels.LOYALTY;
import static io.verbatim.samples.Channels.WEBSITE;

import java.util.List;

/** Call-centre waiting times and staff (Customer Service), the loyalty programme (Marketing). */
final class ServiceTopics {

  private ServiceTopics() {
  }

  static List<Topic> all() {
    return List.of(callWait(), staff(), loyalty());
  }

  private static Topic callWait() {
    return Topic.builder("call-wait", "Customer Service")
        .product(FLIGHTS, 5).product(LOYALTY, 2).product(WEBSITE, 2).product(DESK, 1)
        .weights(7, 1, 3)
        .trend(Trend.DISRUPTION)
        .complaints(
            "[I waited|Waited|I was on hold for] [{n_min} minutes|over an hour|almost two hours][ on hold| to speak to someone| to get through|].",
            "[Your|The] call centre [is impossible to reach|never picks up][ at weekends| after 5pm|].",
            "[Your|The] call centre [hung up on me|cut me off][ after {n_min} minutes| twice| again|].",
            "[I|I've] called [three|four|five] times and [never got through|got cut off every time].",
            "The [hold|call] queue message [says|said] \"we are experiencing high call volumes\" [every single time|for weeks].",
            "[The|Your] chat [bot|assistant] [is useless|just sends me in circles|can't answer anything] and [there is no|I can't find a] phone number.",
            "[Callback|The callback] [never came|was promised but never happened].")
        .details("[Nobody|No one] ever [calls back|replies to emails] either.",
            "I was [transferred|passed around] [three|four] times and had to explain everything again.")
        .praise("[Got through|Someone answered] [straight away|in two minutes|quickly] on the phone.",
            "[The|Your] call centre [called me back|picked up] [within minutes|when promised].")
        .suggest("[hire|put on] more [call centre|phone] staff",
            "there were more people answering the phones")
        .suggest("offer a callback instead of [keeping us|leaving people] on hold",
            "you offered a callback instead of hold")
        .suggest("[extend|keep] the call centre [hours|open] [in the evening|at weekends|later]",
            "the call centre was open [later|at weekends]")
        .suggest("tell [us|callers] the [expected|estimated] waiting time",
            "you told us how long the wait would be")
        .suggest("[add|offer] a proper live chat with [a human|real people]",
            "there was a live chat with a real person")
        .terse(List.of("Hold times are ridiculous.", "Nobody answers the phone.",
                "{n_min} minutes on hold!", "Impossible to reach anyone."),
            List.of("Quick answer on the phone."))
        .notes("long hold times", "[callback request|requested callback]")
        .build();
  }

  private static Topic staff() {
    return Topic.builder("staff", "Customer Service")
        .product(FLIGHTS, 6).product(DESK, 3)
        .weights(4, 9, 1)
        .complaints(
            "The [agent|lady|man|staff member] [on the phone|at the desk|at the gate] was [rude|dismissive|condescending|really unhelpful].",
            "[Cabin crew|The crew|Flight attendants] [were|seemed] [rude|unfriendly|grumpy|not interested] [the whole flight|all flight].",
            "[Nobody|No one] [at the desk|on the phone|at the gate] [could|would] [help|give me a straight answer].",
            "[Staff|Ground staff] at {airport} [shouted at|were rude to] [my elderly mother|passengers|us].",
            "[The|Your] [agent|advisor] [promised|said I would get] [a refund|a callback|compensation] and [nothing happened|it never came].")
        .praise(
            "[The|Our] [cabin crew|flight attendants|crew] were [fantastic|lovely|really friendly|so kind to my kids|brilliant].",
            "[Special|Big] thanks to [the|your] [agent|lady|gentleman] [on the phone|at the desk|at the gate] who [sorted everything out|went above and beyond|rebooked me in minutes].",
            "[Staff at {airport} were|Everyone at {airport} was|Everyone on board was|The ground staff were] [helpful|friendly|professional][ and polite| from start to finish|].",
            "[The|Our] [crew|purser] [handled|dealt with] [a medical emergency|a difficult passenger|the delay] [brilliantly|really calmly|very professionally].",
            "[Helpful|Friendly|Kind] [staff|crew] [made up for the delay|made the whole trip].")
        .suggest("give [your|the] [desk|call centre|ground] staff [better|more] training",
            "staff were better trained")
        .suggest("let [your|the] [agents|staff] [actually fix things|make decisions]",
            "the agents could actually fix things")
        .terse(List.of("Rude staff at the gate.", "Staff were very rude.", "Unhelpful agent, again."),
            List.of("Lovely crew, thank you!", "Crew were fantastic.", "Friendly staff, great flight.",
                "Helpful agent, thanks!", "Great cabin crew."))
        .notes("[rude|unhelpful] staff at {airport}", "conduct of a previous agent")
        .build();
  }

  private static Topic loyalty() {
    return Topic.builder("loyalty", "Marketing")
        .product(LOYALTY, 9).product(APP, 1)
        .weights(5, 2.5, 3)
        .complaints(
            "[My|The] points from [my last trip|{flight}|two flights] [never showed up|are still missing|were not credited].",
            "[I lost|Lost] [{points} points|my status|my tier status] [without any warning|because of a system change].",
            "[Redeeming|Using] points is [impossible|a joke|a nightmare]: [there are never any award seats|the taxes cost more than a ticket].",
            "[The|Your] loyalty [programme|scheme|program] [keeps getting worse|has been devalued again|is not worth it anymore].",
            "[Points|My points] [expired|are expiring] [after a year|within 18 months] [even though I fly every month|without a reminder].")
        .details("I have [sent|submitted] the [claim form|boarding passes] [twice|three times].",
            "I'm a {tier} member and [this is how I get treated|I expected better].")
        .praise("[Love|Really like] the loyalty [programme|scheme][, the upgrade was a lovely surprise|].",
            "[Used|Redeemed] my points for [a free flight|an upgrade] [easily|with no hassle].",
            "[Gold|Silver] status [perks|benefits] are [really|actually] worth it.")
        .suggest("[credit|add] [points|missing points] automatically",
            "points were credited automatically")
        .suggest("stop [devaluing|changing] the points",
            "the points kept their value")
        .suggest("make points [last longer|not expire]",
            "points didn't expire so quickly")
        .suggest("show [my|the] points balance in the app",
            "the app showed my points balance")
        .suggest("[let us|let members|allow us to|allow members to] use points for [bags|seats|upgrades]",
            "I could use points for [seats|bags|upgrades]")
        .neutral("[I am|I'm] a {tier} member and fly [every month|a few times a year|mostly for work].")
        .terse(List.of("Points still missing.", "Loyalty programme is useless.", "Lost my status, why?"),
            List.of("Great loyalty perks!", "Love the points scheme."))
        .notes("missing points {flight}", "status downgrade query")
        .build();
  }
}
