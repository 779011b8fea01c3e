package org.interfacebot.meetings;

import java.util.stream.Collectors;
import org.interfacebot.chat.DatePatterns;
import org.interfacebot.chat.Texts;
import org.interfacebot.groups.Groups;
import org.interfacebot.groups.Members;
import org.springframework.stereotype.Component;

/**
 * {@code minutes status}: which networks acknowledged the latest minutes (as shared last), and who
 * did.
 */
@Component
class MinutesStatus {

  private final Meetings meetings;
  private final Networks networks;
  private final Groups groups;
  private final Members members;
  private final Texts texts;

  MinutesStatus(Meetings meetings, Networks networks, Groups groups, Members members, Texts texts) {
    this.meetings = meetings;
    this.networks = networks;
    this.groups = groups;
    this.members = members;
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
        texts.inSentence(meeting.get().theme()),
        all.stream()
            .map(
                n ->
                    acks.stream()
                        .filter(a -> a.networkId() == n.id())
                        // An acknowledgement of minutes shared again since is not one of these.
                        .filter(a -> a.isFor(meeting.get()))
                        .findFirst()
                        .map(
                            a ->
                                texts.get(
                                    "meetings.minutes.acknowledged",
                                    n.name(),
                                    who(a, n),
                                    DatePatterns.of(texts, "meetings.minutes.ack-pattern")
                                        .format(a.acknowledgedAt())))
                        .orElseGet(() -> notAcknowledged(n, meeting.get())))
            .collect(Collectors.joining("\n")),
        MeetingDates.show(meeting.get().startsAt().atZone(MeetingDates.UK), texts));
  }

  /**
   * A network made one after these minutes were shared was never sent them: it is not waited for.
   */
  private String notAcknowledged(Network network, Meeting meeting) {
    return texts.get(
        network.addedAt().isAfter(meeting.minutesAt())
            ? "meetings.minutes.added-since"
            : "meetings.minutes.not-acknowledged",
        network.name());
  }

  /**
   * The acknowledger's name as known now: the one Teams gave, else the one the network's member
   * list has learnt since (from the roster or a later message).
   */
  private String who(MinutesAck ack, Network network) {
    if (ack.acknowledgedBy() != null) {
      return ack.acknowledgedBy();
    }
    if (ack.acknowledgedByKey() == null) {
      return texts.get("meetings.minutes.former-member");
    }
    return groups
        .byTeam(network.teamId())
        .flatMap(team -> members.nameOf(team.id(), ack.acknowledgedByKey()))
        .orElseGet(() -> texts.get("meetings.minutes.unnamed"));
  }
}
