package io.verbatim.privacy;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The regions whose national phone numbers are recognised without a "+", a trunk 0 or a phone
 * word before them (of the configured ones, those that write national numbers without a trunk
 * prefix: Italy, Spain, Portugal, North America, ...), checked against Google's libphonenumber metadata (the number ranges each
 * country actually assigns, mobile and fixed line), so {@code 612 345 678} is a Spanish mobile
 * and {@code 123 456 789} is nothing.
 *
 * <p>The finder hands over digits it has already shaped (grouping, boundaries, no date, order
 * number or amount), and the check builds the number directly instead of running libphonenumber's
 * own {@code findNumbers} text scan per region: the check costs microseconds, the scan a hundred
 * times more, which on 10 MB of digit-heavy text is minutes.
 */
final class PhoneRegions implements Serializable {

  private static final long serialVersionUID = 1L;

  private final List<String> regions;
  private final int[] countryCodes;
  private final List<Boolean> writtenBare;
  /** Bit n set: some bare region has national numbers of n digits (a cheap first filter). */
  private final long lengths;

  /** @throws IllegalArgumentException for a region libphonenumber does not know */
  PhoneRegions(List<String> regionCodes) {
    PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    Set<String> known = util.getSupportedRegions();
    this.regions = new ArrayList<>();
    for (String region : regionCodes) {
      String code = region.strip().toUpperCase(Locale.ROOT);
      if (!known.contains(code)) {
        throw new IllegalArgumentException("unknown phone region '" + region
            + "'; use ISO 3166 codes such as GB, US, FR");
      }
      regions.add(code);
    }
    this.countryCodes = regions.stream().mapToInt(util::getCountryCodeForRegion).toArray();
    // Where numbers are dialled nationally with a trunk prefix (0 in GB, FR, DE, ...), digits
    // without it are no national number; the finder's trunk-0 shape already covers those.
    this.writtenBare = regions.stream().map(r -> {
      String trunk = util.getNddPrefixForRegion(r, true);
      return trunk == null || trunk.isEmpty() || util.getCountryCodeForRegion(r) == 1;
    }).toList();
    long bits = 0;
    for (int i = 0; i < regions.size(); i++) {
      if (writtenBare.get(i)) {
        long smallest = 1;
        for (int n = 1; n <= 17; n++, smallest *= 10) {
          // isPossibleNumber checks the length alone, against the country's possible lengths.
          if (util.isPossibleNumber(new PhoneNumber().setCountryCode(countryCodes[i])
              .setNationalNumber(smallest))) {
            bits |= 1L << n;
          }
        }
      }
    }
    this.lengths = bits;
  }

  List<String> codes() {
    return List.copyOf(regions);
  }

  /**
   * Whether digits written without a leading 0 (the national significant number) are a valid
   * number in one of the regions.
   */
  boolean validNational(String digits) {
    if (digits.length() > 17 || (lengths & (1L << digits.length())) == 0
        || digits.startsWith("0")) {
      return false;
    }
    PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    long national = Long.parseLong(digits);
    for (int i = 0; i < countryCodes.length; i++) {
      if (!writtenBare.get(i)) {
        continue;
      }
      PhoneNumber number = new PhoneNumber().setCountryCode(countryCodes[i])
          .setNationalNumber(national);
      if (util.isValidNumberForRegion(number, regions.get(i))) {
        return true;
      }
    }
    return false;
  }
}
