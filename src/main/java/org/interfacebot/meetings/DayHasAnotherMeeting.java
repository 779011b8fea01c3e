package org.interfacebot.meetings;

/** A theme was set on a day that already has a meeting of another theme. */
final class DayHasAnotherMeeting extends RuntimeException {

  private final transient Meeting existing;

  DayHasAnotherMeeting(Meeting existing) {
    super("The day already has a meeting of another theme", null, false, false);
    this.existing = existing;
  }

  Meeting existing() {
    return existing;
  }
}
