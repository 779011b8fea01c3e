package org.interfacebot.issues;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The questions of the raise dialog, in the order they are asked. */
enum Question {
  TITLE(120),
  DESCRIPTION(2000),
  CATEGORY(Category.class),
  DIRECTION(Direction.class),
  SOURCE(Source.class),
  IMPACT(Impact.class),
  FREQUENCY(Frequency.class),
  SUGGESTION(1000),
  SHOW_NAME(YesNo.class);

  private final int limit;
  private final Class<? extends Labelled> options;

  Question(int limit) {
    this.limit = limit;
    this.options = null;
  }

  Question(Class<? extends Labelled> options) {
    this.limit = 0;
    this.options = options;
  }

  /** How the field is named in messages: "Your description seems to contain ...". */
  String labelKey() {
    return "issues.question." + slug() + ".label";
  }

  /** The question as the dialog asks it. */
  String promptKey() {
    return "issues.question." + slug() + ".prompt";
  }

  private String slug() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
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

  /**
   * Reads a typed or clicked answer to a fixed-list question into the option's name: its label,
   * name or number, or the first words of one label only, as people shorten what they type
   * ("discharge" for Discharge planning, "primary", "none", "patient feedback").
   */
  Optional<String> option(String answer, org.interfacebot.chat.Texts texts) {
    if (this == SHOW_NAME) {
      return YesNo.read(answer, texts).map(Enum::name);
    }
    @SuppressWarnings({"unchecked", "rawtypes"})
    Optional<? extends Enum<?>> found = Labelled.parse((Class) options, answer, texts);
    return found.map(Enum::name).or(() -> startOfOneLabel(answer, texts));
  }

  private Optional<String> startOfOneLabel(String answer, org.interfacebot.chat.Texts texts) {
    String typed = answer == null ? "" : answer.strip().toLowerCase(texts.locale());
    if (typed.isEmpty()) {
      return Optional.empty();
    }
    List<String> starting =
        options().stream()
            .filter(o -> (texts.label(o).toLowerCase(texts.locale()) + " ").startsWith(typed + " "))
            .map(Labelled::name)
            .toList();
    return starting.size() == 1 ? Optional.of(starting.get(0)) : Optional.empty();
  }

  Optional<Question> next() {
    int i = ordinal() + 1;
    return i < values().length ? Optional.of(values()[i]) : Optional.empty();
  }

  Optional<Question> previous() {
    return ordinal() == 0 ? Optional.empty() : Optional.of(values()[ordinal() - 1]);
  }
}
