package io.verbatim.samples;

import java.util.List;
import java.util.SplittableRandom;

/** The products feedback is filed under and the channels it arrives through. */
final class Channels {

  static final String FLIGHTS = "flights";
  static final String APP = "mobile app";
  static final String WEBSITE = "website";
  static final String LOYALTY = "loyalty";
  static final String LOUNGE = "lounge";
  static final String DESK = "service desk";

  static final String SURVEY = "survey";
  static final String EMAIL = "email";
  static final String APP_REVIEW = "app_review";
  static final String CALL_CENTRE = "call_centre";
  static final String CHAT = "chat";
  static final String SOCIAL = "social";

  static final List<String> PRODUCTS = List.of(FLIGHTS, APP, WEBSITE, LOYALTY, LOUNGE, DESK);
  static final List<String> ALL = List.of(SURVEY, EMAIL, APP_REVIEW, CALL_CENTRE, CHAT, SOCIAL);

  // Weights in the order of ALL. App-store reviews only ever talk about the app.
  private static final double[] FOR_APP = {20, 6, 45, 5, 12, 12};
  private static final double[] FOR_WEBSITE = {30, 20, 0, 15, 20, 12};
  private static final double[] FOR_OTHERS = {35, 18, 0, 17, 15, 15};

  private Channels() {
  }

  static String pick(String product, SplittableRandom r) {
    double[] weights = switch (product) {
      case APP -> FOR_APP;
      case WEBSITE -> FOR_WEBSITE;
      default -> FOR_OTHERS;
    };
    return ALL.get(Pick.weighted(weights, r));
  }
}
