package org.interfacebot.issues;

/** Whether the reporter's name is shown to the group. */
enum YesNo implements Labelled {
  YES,
  NO;

  @Override
  public String labelKey() {
    return "issues.yes-no." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  static java.util.Optional<YesNo> read(String text, org.interfacebot.chat.Texts texts) {
    String answer = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
    if (answer.equals("y") || answer.equals("yes")) {
      return java.util.Optional.of(YES);
    }
    if (answer.equals("n") || answer.equals("no") || answer.equals("anonymous")) {
      return java.util.Optional.of(NO);
    }
    return Labelled.parse(YesNo.class, text, texts);
  }
}
