package org.interfacebot.issues;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The questions of the raise dialog, in the order they are asked. */
enum Question {
  TITLE("title", "**What happened?** Give the issue a short title (up to 120 characters).", 120),
  DESCRIPTION(
      "description",
      "**Describe it.** What happened where patients move between GP and hospital care, and why it"
          + " matters (up to 2,000 characters).",
      2000),
  CATEGORY("theme", "**Which theme does it belong to?**", Category.class),
  DIRECTION("direction", "**Which way across the interface?**", Direction.class),
  SOURCE("source", "**How do you know about it?**", Source.class),
  IMPACT("impact on patients", "**What was the impact on patients?**", Impact.class),
  FREQUENCY("frequency", "**How often does it happen?**", Frequency.class),
  SUGGESTION(
      "suggestion",
      "**What would fix it?** Suggest an improvement (up to 1,000 characters), or type `skip`.",
      1000),
  SHOW_NAME("answer", "**May the group see your name with this issue?**", YesNo.class);

  private final String label;
  private final String prompt;
  private final int limit;
  private final Class<? extends Labelled> options;

  Question(String label, String prompt, int limit) {
    this.label = label;
    this.prompt = prompt;
    this.limit = limit;
    this.options = null;
  }

  Question(String label, String prompt, Class<? extends Labelled> options) {
    this.label = label;
    this.prompt = prompt;
    this.limit = 0;
    this.options = options;
  }

  /** How the field is named in messages: "Your description seems to contain ...". */
  String label() {
    return label;
  }

  String prompt() {
    return prompt;
  }

  int limit() {
    return limit;
  }

  boolean optional() {
    return this == SUGGESTION;
  }

  boolean freeText() {
    return options == null;
  }

  /** The options of a fixed-list question, for buttons and form choice sets. */
  List<? extends Labelled> options() {
    return options == null ? List.of() : Arrays.asList(options.getEnumConstants());
  }

  /** Reads a typed or clicked answer to a fixed-list question into the option's name. */
  Optional<String> option(String answer) {
    if (this == SHOW_NAME) {
      return YesNo.read(answer).map(Enum::name);
    }
    @SuppressWarnings({"unchecked", "rawtypes"})
    Optional<? extends Enum<?>> found = Labelled.parse((Class) options, answer);
    return found.map(Enum::name);
  }

  Optional<Question> next() {
    int i = ordinal() + 1;
    return i < values().length ? Optional.of(values()[i]) : Optional.empty();
  }

  Optional<Question> previous() {
    return ordinal() == 0 ? Optional.empty() : Optional.of(values()[ordinal() - 1]);
  }
}
