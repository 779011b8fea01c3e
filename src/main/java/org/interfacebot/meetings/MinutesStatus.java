package org.interfacebot.meetings;

import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import org.interfacebot.chat.Texts;
import org.springframework.stereotype.Component;

/** {@code minutes status}: which networks acknowledged the latest minutes, and who did. */
@Component
class MinutesStatus {

  private final Meetings meetings;
  private final Networks networks;
  private final Texts texts;

  MinutesStatus(Meetings meetings, Networks networks, Texts texts) {
    this.meetings = meetings;
    this.networks = networks;
    this.texts = texts;
  }

  String of(long groupId) {
    // The minutes shared last, not the latest meeting's: minutes may be shared for any past day.
    var meeting = meetings.lastMinutes(groupId);
    if (meeting.isEmpty()) {
      return texts.get("meetings.minutes.none");
    }
    var acks = networks.acknowledgements(meeting.get().id());
    var all = networks.of(groupId);
    if (all.isEmpty()) {
      return texts.get("meetings.minutes.no-networks");
    }
    return texts.get(
        "meetings.minutes.status",
        texts.label(meeting.get().theme()).toLowerCase(texts.locale()),
        all.stream()
            .map(
                n ->
                    acks.stream()
                        .filter(a -> a.networkId() == n.id())
                        .findFirst()
                        .map(
                            a ->
                                texts.get(
                                    "meetings.minutes.acknowledged",
                                    n.name(),
                                    a.acknowledgedBy() == null
                                        ? texts.get("meetings.minutes.former-member")
                                        : a.acknowledgedBy(),
                                    DateTimeFormatter.ofPattern(
                                            texts.get("meetings.minutes.ack-pattern"),
                                            texts.locale())
                                        .withZone(MeetingDates.UK)
                                        .format(a.acknowledgedAt())))
                        .orElseGet(() -> texts.get("meetings.minutes.not-acknowledged", n.name())))
            .collect(Collectors.joining("\n")));
  }
}
