package io.verbatim.samples;

import static io.verbatim.samples.Channels.FLIGHTS;

import java.util.List;

/** On board: seats and legroom (Product), food (Catering) and cleanliness (Facilities). */
final class CabinTopics {

  private CabinTopics() {
  }

  static List<Topic> all() {
    return List.of(seats(), food(), cleanliness());
  }

  private static Topic seats() {
    return Topic.builder("seats", "Product")
        .product(FLIGHTS, 1)
        .weights(5, 3, 3)
        .complaints(
            "[Legroom|The legroom] [is|was] [non-existent|terrible|awful] [for anyone over six foot|in economy|on the new planes].",
            "[The|My] seat [didn't recline|was broken|had a broken tray table|was filthy] [and|but] [the flight was full|nobody could move me].",
            "[Paid|We paid] {fee} to [sit together|choose seats] and [were split up anyway|got moved anyway].",
            "[The|These] [new|slimline] seats are [rock hard|so uncomfortable|like sitting on a plank] [on {hour_flight}|for anything over an hour].",
            "[My family|We] [were|got] [split up|seated apart] [even with|despite having] [a toddler|young kids].")
        .praise("[Comfortable|Comfy] seats and [decent|plenty of|good] legroom[ for once|].",
            "The [extra legroom|exit row] seat was [worth every penny|well worth it].",
            "[Loved|Enjoyed] the new [premium economy|business class] seats.")
        .suggest("[give|add] more legroom [in economy|on long-haul]",
            "there was more legroom in economy")
        .suggest("[seat families together|let families sit together] for free",
            "families could sit together for free")
        .suggest("[put|add] [power sockets|USB chargers] at every seat",
            "there were [power sockets|USB ports] at every seat")
        .suggest("bring back [the old seats|proper padding]",
            "the seats had proper padding")
        .neutral("Sat in [row {row}|an aisle seat|a window seat|the exit row] [both ways|on the way out].")
        .terse(List.of("No legroom at all.", "Seats are so uncomfortable.", "Broken seat again."),
            List.of("Comfy seats, good legroom.", "Great seat, thanks."))
        .notes("seat assignment", "refund for paid seat")
        .build();
  }

  private static Topic food() {
    return Topic.builder("food", "Catering")
        .product(FLIGHTS, 1)
        .weights(5, 4, 4)
        .complaints(
            "The [food|meal|sandwich] was [cold|inedible|disgusting|tiny|stale][ and overpriced|].",
            "[They|The crew] ran out of [food|meals|the vegetarian option|hot drinks] before they [got to|reached] [our row|row {row}].",
            "[My|The] [pre-ordered|special|gluten-free|vegan] meal [wasn't loaded|never turned up|was missing].",
            "[Paying|Having to pay] {snack_price} for a [sandwich|coffee|tiny snack] is [ridiculous|a joke] on [a long flight|{hour_flight}].",
            "[Only|Just] [a bag of crisps|a biscuit|pretzels] on {hour_flight}.")
        .praise("The [food|meal|breakfast|curry] was [delicious|surprisingly good|really tasty|excellent].",
            "[Lovely|Great|Nice] [choice of|selection of] [meals|snacks|wines] on board.",
            "[Good|Great] to see a [proper|decent] vegetarian option.")
        .suggest("add more vegetarian [meals|options]",
            "there were more vegetarian options")
        .suggest("bring back free snacks",
            "the snacks were free again")
        .suggest("[let|help] [us|passengers] pre-order meals [in the app|online]",
            "I could pre-order my meal in the app")
        .suggest("[stock|load] more [food|meals] so the back rows get [something|a choice]",
            "the back rows got a choice of meals too")
        .suggest("[offer|serve] free water [on every flight|to everyone]",
            "water was free on every flight")
        .terse(List.of("Food was awful.", "They ran out of food.", "Meal was cold again."),
            List.of("Food was delicious!", "Great meal, thanks.", "Tasty breakfast on board."))
        .notes("missing special meal", "refund for pre-ordered meal")
        .build();
  }

  private static Topic cleanliness() {
    return Topic.builder("cleanliness", "Facilities")
        .product(FLIGHTS, 1)
        .weights(4, 2, 1.5)
        .complaints(
            "The [cabin|plane|toilet|seat pocket] was [filthy|dirty|disgusting|sticky] [when we boarded|from the start|the whole flight].",
            "[Crumbs|Rubbish|Food] [all over|left on] [my seat|the floor|the tray table] from the previous [flight|passengers].",
            "[The toilets were not cleaned|The toilets ran out of soap|A toilet was blocked] [during|for most of] the flight.",
            "[Stains|A stain] on [my|the] seat [and|with] a [horrible|strange] smell.")
        .praise("[Very|Really|Spotlessly] clean [plane|cabin|aircraft][, nice|].",
            "[The toilets were|Everything was] kept clean [all flight|throughout].")
        .suggest("clean the [planes|cabins|toilets] properly between flights",
            "the planes were cleaned properly between flights")
        .suggest("check the toilets [more often|during long flights]",
            "the toilets were checked more often")
        .terse(List.of("Dirty plane, disgusting.", "Filthy toilets onboard."),
            List.of("Nice clean cabin.", "Spotless plane, thanks."))
        .notes("dirty cabin on {flight}")
        .build();
  }
}
