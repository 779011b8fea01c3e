package org.interfacebot.privacy;

/** A kind of patient identifier that free text must not contain. */
public enum IdentifierKind {
  NHS_NUMBER("an NHS number"),
  CHI_NUMBER("a CHI number"),
  DATE_OF_BIRTH("a date of birth");

  private final String description;

  IdentifierKind(String description) {
    this.description = description;
  }

  /** How the kind reads in a sentence, with its article: "an NHS number". */
  public String description() {
    return description;
  }
}
