package org.interfacebot.issues;

/** Whether the reporter's name is shown to the group. */
enum YesNo implements Labelled {
  YES("Yes, show my name"),
  NO("No, keep me anonymous");

  private final String label;

  YesNo(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  static java.util.Optional<YesNo> read(String text) {
    String answer = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
    if (answer.equals("y") || answer.equals("yes")) {
      return java.util.Optional.of(YES);
    }
    if (answer.equals("n") || answer.equals("no") || answer.equals("anonymous")) {
      return java.util.Optional.of(NO);
    }
    return Labelled.parse(YesNo.class, text);
  }
}
