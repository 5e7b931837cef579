package io.verbatim.samples;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Values for the {@code {slot}} placeholders of the phrase banks. Airports, home cities and the
 * currency follow the customer's region, so a UK comment complains about Heathrow in pounds.
 */
final class Slots {

  /** Regions and their relative share of the feedback. */
  static final List<String> REGIONS = List.of("UK", "Germany", "France", "Spain", "US");
  static final double[] REGION_WEIGHTS = {30, 18, 15, 15, 22};

  private static final Map<String, Slots> BY_REGION = Map.of(
      "UK", new Slots("£", List.of("London", "Manchester", "Edinburgh", "Birmingham"),
          List.of("Heathrow", "Gatwick", "Manchester", "Edinburgh", "London Heathrow")),
      "Germany", new Slots("€", List.of("Frankfurt", "Munich", "Berlin", "Hamburg"),
          List.of("Frankfurt", "Munich", "Berlin", "Hamburg", "Düsseldorf")),
      "France", new Slots("€", List.of("Paris", "Lyon", "Nice", "Toulouse"),
          List.of("Paris CDG", "Charles de Gaulle", "Lyon", "Nice", "Orly")),
      "Spain", new Slots("€", List.of("Madrid", "Barcelona", "Malaga", "Valencia"),
          List.of("Madrid", "Barcelona", "Malaga", "Palma", "Madrid Barajas")),
      "US", new Slots("$", List.of("New York", "Boston", "Chicago", "Washington"),
          List.of("JFK", "Newark", "Boston Logan", "Chicago O'Hare", "Dulles")));

  private static final List<String> DESTINATIONS = List.of("New York", "Boston", "Chicago",
      "London", "Manchester", "Edinburgh", "Paris", "Nice", "Frankfurt", "Munich", "Berlin",
      "Madrid", "Barcelona", "Malaga", "Rome", "Lisbon", "Dublin", "Amsterdam", "Toronto",
      "Athens", "Tenerife", "Vienna", "Copenhagen", "Miami");
  private static final List<String> WEEKDAYS = List.of("Monday", "Tuesday", "Wednesday",
      "Thursday", "Friday", "Saturday", "Sunday");
  private static final List<String> MONTHS = List.of("August", "September", "October",
      "the summer", "early October", "mid-September");
  private static final List<String> PEOPLE = List.of("my wife", "my husband", "my partner",
      "my kids", "two small children", "my elderly parents", "a colleague", "my mum", "my dad",
      "my family", "a friend", "my teenage son", "my daughter");
  private static final List<String> TIERS = List.of("Gold", "Silver", "Platinum",
      "Northwind Gold");
  private static final List<String> HOURS = List.of("6am", "5:30am", "10pm", "11pm",
      "midnight", "7 in the morning");
  private static final List<String> SMALL_NUMBERS = List.of("two", "three", "four", "five",
      "six", "seven", "eight", "nine");
  private static final int[] AMOUNTS = {25, 30, 35, 40, 45, 49, 55, 60, 65, 70, 75, 80, 89, 95,
      99, 120, 140, 150, 180, 220, 260, 340, 410};
  private static final int[] FEES = {8, 12, 15, 19, 25, 29, 35, 40, 49, 55, 65, 75};
  private static final List<String> SNACK_PRICES = List.of("4", "5", "6", "7.50", "8", "9",
      "12", "3.50", "6.50");
  private static final int[] MINUTES = {15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 70, 80, 90, 100,
      120};

  private final String currency;
  private final List<String> homes;
  private final List<String> airports;

  private Slots(String currency, List<String> homes, List<String> airports) {
    this.currency = currency;
    this.homes = homes;
    this.airports = airports;
  }

  static Slots forRegion(String region) {
    Slots slots = BY_REGION.get(region);
    if (slots == null) {
      throw new IllegalArgumentException("unknown region: " + region);
    }
    return slots;
  }

  /** A value for the named slot; it may itself contain template syntax. */
  String value(String name, SplittableRandom r) {
    return switch (name) {
      case "airport" -> Pick.one(airports, r);
      case "home" -> Pick.one(homes, r);
      case "city" -> Pick.one(DESTINATIONS, r);
      case "route" -> route(r);
      case "flight" -> (Pick.chance(0.5, r) ? "NW" : "NW ") + Pick.between(100, 2999, r);
      case "amount" -> money(AMOUNTS, r);
      case "fee" -> money(FEES, r);
      case "snack_price" -> currency + SNACK_PRICES.get(r.nextInt(SNACK_PRICES.size()));
      case "hour_flight" -> hourFlight(r);
      case "points" -> String.format(java.util.Locale.ROOT, "%,d", 500 * Pick.between(3, 120, r));
      case "row" -> Integer.toString(Pick.between(12, 42, r));
      case "n_min" -> Integer.toString(MINUTES[r.nextInt(MINUTES.length)]);
      case "n_hours" -> number(Pick.between(2, 9, r), r);
      case "n_days" -> number(Pick.between(2, 12, r), r);
      case "n_weeks" -> number(Pick.between(2, 9, r), r);
      case "n_years" -> Integer.toString(Pick.between(3, 25, r));
      case "weekday" -> Pick.one(WEEKDAYS, r);
      case "month" -> Pick.one(MONTHS, r);
      case "person" -> Pick.one(PEOPLE, r);
      case "tier" -> Pick.one(TIERS, r);
      case "hour" -> Pick.one(HOURS, r);
      default -> throw new IllegalArgumentException("unknown slot: {" + name + "}");
    };
  }

  private String route(SplittableRandom r) {
    String from = Pick.one(homes, r);
    String to = Pick.one(DESTINATIONS, r);
    while (to.equals(from)) {
      to = Pick.one(DESTINATIONS, r);
    }
    return Pick.chance(0.8, r) ? from + " to " + to : to + " to " + from;
  }

  private String money(int[] values, SplittableRandom r) {
    int value = values[r.nextInt(values.length)];
    if (currency.equals("€") && Pick.chance(0.25, r)) {
      return value + " euros";
    }
    return currency + value;
  }

  /** "a five hour flight", "an 8-hour flight": the article must match the number. */
  private static String hourFlight(SplittableRandom r) {
    int hours = Pick.between(2, 11, r);
    String number = number(hours, r);
    String article = number.startsWith("8") || number.startsWith("11") || number.startsWith("e")
        ? "an " : "a ";
    return article + number + (Pick.chance(0.5, r) ? "-hour" : " hour") + " flight";
  }

  /** Small counts are spelled out about half the time, as people write them. */
  private static String number(int n, SplittableRandom r) {
    return n <= 9 && Pick.chance(0.4, r) ? SMALL_NUMBERS.get(n - 2) : Integer.toString(n);
  }
}
