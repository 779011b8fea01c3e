package org.interfacebot.privacy;

import java.text.Normalizer;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Checks free text for patient identifiers before it is stored, posted or logged. Stateless, so one
 * instance serves every conversation; all patterns are compiled once.
 */
@Component
public class PatientIdentifierGuard {

  private final HealthNumberFinder healthNumbers = new HealthNumberFinder();
  private final DateOfBirthFinder datesOfBirth = new DateOfBirthFinder();

  /**
   * The kinds of identifier found in {@code text}; null or blank text is clean. The verdict never
   * holds the text, so it is safe to keep or log.
   */
  public GuardVerdict check(String text) {
    if (text == null || text.isBlank()) {
      return GuardVerdict.cleanVerdict();
    }
    String plain = compatible(text);
    Set<IdentifierKind> found = EnumSet.noneOf(IdentifierKind.class);
    healthNumbers.collect(plain, found);
    if (datesOfBirth.foundIn(plain)) {
      found.add(IdentifierKind.DATE_OF_BIRTH);
    }
    return new GuardVerdict(found);
  }

  /** Full-width digits and letters (９４３, ＤＯＢ) and odd spaces become their plain forms. */
  private static String compatible(String text) {
    return Normalizer.isNormalized(text, Normalizer.Form.NFKC)
        ? text
        : Normalizer.normalize(text, Normalizer.Form.NFKC);
  }
}
