package org.interfacebot.meetings;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;
import org.interfacebot.chat.Texts;
import org.springframework.stereotype.Component;

/** {@code minutes status}: which networks acknowledged the latest minutes, and who did. */
@Component
class MinutesStatus {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK).withZone(MeetingDates.UK);

  private final Meetings meetings;
  private final Networks networks;
  private final Texts texts;

  MinutesStatus(Meetings meetings, Networks networks, Texts texts) {
    this.meetings = meetings;
    this.networks = networks;
    this.texts = texts;
  }

  String of(long groupId) {
    var meeting = meetings.latest(groupId).filter(m -> m.minutesUrl() != null);
    if (meeting.isEmpty()) {
      return "No minutes have been shared yet.";
    }
    var acks = networks.acknowledgements(meeting.get().id());
    var all = networks.of(groupId);
    if (all.isEmpty()) {
      return "The minutes were shared, but no networks are registered yet.";
    }
    return "Minutes of the %s meeting:\n\n%s"
        .formatted(
            meeting.get().theme().label().toLowerCase(Locale.UK),
            all.stream()
                .map(
                    n ->
                        acks.stream()
                            .filter(a -> a.networkId() == n.id())
                            .findFirst()
                            .map(
                                a ->
                                    "- %s: acknowledged by %s, %s"
                                        .formatted(
                                            n.name(),
                                            a.acknowledgedBy() == null
                                                ? texts.get("meetings.minutes.former-member")
                                                : a.acknowledgedBy(),
                                            WHEN.format(a.acknowledgedAt())))
                            .orElse("- %s: not yet acknowledged".formatted(n.name())))
                .collect(Collectors.joining("\n")));
  }
}
