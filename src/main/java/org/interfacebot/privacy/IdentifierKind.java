package org.interfacebot.privacy;

import java.util.Locale;
import org.interfacebot.chat.Label;

/**
 * A kind of patient identifier that free text must not contain. Its label reads in a sentence, with
 * its article: "an NHS number".
 */
public enum IdentifierKind implements Label {
  NHS_NUMBER,
  CHI_NUMBER,
  /** Ten digits starting with a DDMMYY date but failing the check digit: a mistyped CHI number. */
  CHI_LIKE_NUMBER,
  DATE_OF_BIRTH;

  @Override
  public String labelKey() {
    return "privacy.kind." + name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
