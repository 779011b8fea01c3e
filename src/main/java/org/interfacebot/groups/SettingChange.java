package org.interfacebot.groups;

/** Reads one typed change to a group's settings; an unknown one is an IllegalArgumentException. */
final class SettingChange {

  private SettingChange() {}

  static GroupSettings apply(GroupSettings s, String name, String value) {
    return switch (name) {
      case "vote-days", "days" ->
          new GroupSettings(
              number(value, 1, 90, "Vote days"),
              s.quorum(),
              s.resultsVisibility(),
              s.anonymousVoting());
      case "quorum" ->
          new GroupSettings(
              s.voteDays(),
              number(value, 1, 100, "The quorum"),
              s.resultsVisibility(),
              s.anonymousVoting());
      case "results" ->
          new GroupSettings(s.voteDays(), s.quorum(), visibility(value), s.anonymousVoting());
      case "anonymous" ->
          new GroupSettings(s.voteDays(), s.quorum(), s.resultsVisibility(), onOff(value));
      default -> throw new IllegalArgumentException("I don't know that setting.");
    };
  }

  private static int number(String value, int min, int max, String what) {
    try {
      int n = Integer.parseInt(value);
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException notANumber) {
      // told below
    }
    throw new IllegalArgumentException(
        "%s must be a whole number from %d to %d.".formatted(what, min, max));
  }

  private static ResultsVisibility visibility(String value) {
    return switch (value) {
      case "always" -> ResultsVisibility.ALWAYS;
      case "after-voting" -> ResultsVisibility.AFTER_VOTING;
      case "after-close" -> ResultsVisibility.AFTER_CLOSE;
      default ->
          throw new IllegalArgumentException("Results can be always, after-voting or after-close.");
    };
  }

  private static boolean onOff(String value) {
    return switch (value) {
      case "on", "yes" -> true;
      case "off", "no" -> false;
      default -> throw new IllegalArgumentException("Anonymous voting is on or off.");
    };
  }
}
