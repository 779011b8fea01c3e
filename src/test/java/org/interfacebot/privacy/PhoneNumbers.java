package org.interfacebot.privacy;

import java.util.List;
import java.util.Random;

/** UK phone numbers as people write them: with area codes, spaced, dashed or run together. */
final class PhoneNumbers {

  /** Area code, then the lengths of the groups the local number is usually written in. */
  private record Style(String areaCode, List<Integer> groups) {}

  private static final List<Style> STYLES =
      List.of(
          new Style("01224", List.of(3, 3)), // Aberdeen: 01224 552 000
          new Style("01224", List.of(6)),
          new Style("0131", List.of(3, 4)), // Edinburgh: 0131 536 1000
          new Style("0141", List.of(3, 4)), // Glasgow
          new Style("01382", List.of(6)), // Dundee
          new Style("01463", List.of(3, 3)), // Inverness
          new Style("020", List.of(4, 4)), // London
          new Style("0300", List.of(3, 4)),
          new Style("07700", List.of(6)), // mobile
          new Style("0800", List.of(2, 2, 2)), // ten-digit freephone, like 0800 22 44 88
          new Style("0800", List.of(3, 3)),
          new Style("0808", List.of(3, 4)),
          new Style("01309", List.of(6)), // Forres: +44 1309 starts with a date, 13/09
          new Style("+44 1309", List.of(6)),
          new Style("+44 1202", List.of(3, 3)), // Bournemouth: 12/02
          new Style("+44 300", List.of(3, 4))); // 30/01

  private PhoneNumbers() {}

  static String any(Random r) {
    Style style = ClinicalSentenceCorpus.pick(r, STYLES);
    String separator = ClinicalSentenceCorpus.pick(r, List.of(" ", " ", "-", ""));
    StringBuilder number = new StringBuilder(style.areaCode());
    for (int length : style.groups()) {
      number.append(separator);
      for (int i = 0; i < length; i++) {
        number.append(r.nextInt(10));
      }
    }
    return number.toString();
  }
}
