package org.interfacebot.privacy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.interfacebot.chat.Texts;

/**
 * What the guard found in a piece of text: only the kinds of identifier, never the text itself, so
 * that a verdict can be logged or passed around without leaking what the user wrote.
 */
public record GuardVerdict(Set<IdentifierKind> found) {

  public GuardVerdict {
    EnumSet<IdentifierKind> copy = EnumSet.noneOf(IdentifierKind.class);
    copy.addAll(Objects.requireNonNull(found, "found"));
    found = Collections.unmodifiableSet(copy);
  }

  static GuardVerdict cleanVerdict() {
    return new GuardVerdict(Set.of());
  }

  /** True when no patient identifier was found. */
  public boolean clean() {
    return found.isEmpty();
  }

  /**
   * A message for the user naming the field and the kinds of identifier, e.g. "Your description
   * seems to contain a CHI number. Please rephrase it ...".
   *
   * @param fieldLabel the field as the user knows it ("description"); blank means the bundle's
   *     {@code privacy.field.answer}
   * @throws IllegalStateException if the verdict is clean: there is nothing to explain
   */
  public String explanation(String fieldLabel, Texts texts) {
    if (clean()) {
      throw new IllegalStateException("A clean verdict has nothing to explain");
    }
    String label =
        fieldLabel == null || fieldLabel.isBlank()
            ? texts.get("privacy.field.answer")
            : fieldLabel.strip();
    return texts.get("privacy.refused", label, kindsInWords(texts));
  }

  /** The kinds found, in words: "a CHI number and a date of birth". */
  String kindsInWords(Texts texts) {
    List<String> words = new ArrayList<>();
    found.forEach(kind -> words.add(texts.label(kind)));
    if (words.size() == 1) {
      return words.get(0);
    }
    String last = words.remove(words.size() - 1);
    return texts.get("privacy.kinds.and", String.join(", ", words), last);
  }
}
