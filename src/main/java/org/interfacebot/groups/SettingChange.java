package org.interfacebot.groups;

/** Reads one typed change to a group's settings; an unknown one is a {@link BadSetting}. */
final class SettingChange {

  private static final String UNKNOWN = "groups.settings.unknown";

  private SettingChange() {}

  /** Whether {@link #apply} knows the setting, whatever the value. */
  static boolean knows(String name) {
    try {
      apply(new GroupSettings(1, 1, ResultsVisibility.ALWAYS, false), name, "");
      return true;
    } catch (BadSetting bad) {
      return !bad.key().equals(UNKNOWN);
    }
  }

  static GroupSettings apply(GroupSettings s, String name, String value) {
    return switch (name) {
      case "vote-days", "days" ->
          new GroupSettings(
              number(value, 1, 90, "groups.settings.vote-days", "day", "days"),
              s.quorum(),
              s.resultsVisibility(),
              s.anonymousVoting());
      case "quorum" ->
          new GroupSettings(
              s.voteDays(),
              number(value, 1, 100, "groups.settings.quorum", "vote", "votes"),
              s.resultsVisibility(),
              s.anonymousVoting());
      case "results" ->
          new GroupSettings(s.voteDays(), s.quorum(), visibility(value), s.anonymousVoting());
      case "anonymous" ->
          new GroupSettings(s.voteDays(), s.quorum(), s.resultsVisibility(), onOff(value));
      default -> throw new BadSetting(UNKNOWN);
    };
  }

  /**
   * A whole number alone, or followed by its unit ({@code 10 days}); anything else after it is
   * refused rather than dropped: {@code 2 weeks} is not 2 days.
   */
  private static int number(String value, int min, int max, String whatKey, String... units) {
    String[] words = value.strip().split("\\s+");
    boolean unitOnly = words.length == 2 && java.util.Arrays.asList(units).contains(words[1]);
    try {
      if (words.length > 1 && !unitOnly) {
        throw new NumberFormatException("more than a number");
      }
      int n = Integer.parseInt(words[0]);
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException notANumber) {
      // told below
    }
    throw new BadSetting("groups.settings.number", whatKey, min, max);
  }

  private static ResultsVisibility visibility(String value) {
    return switch (value) {
      case "always" -> ResultsVisibility.ALWAYS;
      case "after-voting" -> ResultsVisibility.AFTER_VOTING;
      case "after-close" -> ResultsVisibility.AFTER_CLOSE;
      default -> throw new BadSetting("groups.settings.results-values");
    };
  }

  private static boolean onOff(String value) {
    return switch (value) {
      case "on", "yes" -> true;
      case "off", "no" -> false;
      default -> throw new BadSetting("groups.settings.anonymous-values");
    };
  }
}
