package org.interfacebot.issues;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.interfacebot.chat.Label;
import org.interfacebot.chat.Texts;

/** An answer from a fixed list, with the words a clinician sees (from the bundles). */
interface Labelled extends Label {

  String name();

  /** Reads an option from its label, its name or its number in the list (1-based). */
  static <E extends Enum<E> & Labelled> Optional<E> parse(Class<E> type, String text, Texts texts) {
    if (text == null) {
      return Optional.empty();
    }
    String wanted = text.strip().toLowerCase(Locale.ROOT);
    E[] all = type.getEnumConstants();
    if (wanted.matches("\\d{1,2}")) {
      int index = Integer.parseInt(wanted) - 1;
      return index >= 0 && index < all.length ? Optional.of(all[index]) : Optional.empty();
    }
    return Arrays.stream(all)
        .filter(
            e ->
                texts.label(e).toLowerCase(texts.locale()).equals(wanted)
                    || e.name().toLowerCase(Locale.ROOT).equals(wanted))
        .findFirst();
  }
}
