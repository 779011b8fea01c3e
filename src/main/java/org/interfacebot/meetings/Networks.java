package org.interfacebot.meetings;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.interfacebot.chat.Person;
import org.interfacebot.groups.Chairs;
import org.interfacebot.groups.GroupInfo;
import org.interfacebot.groups.Groups;
import org.interfacebot.issues.Issues;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The networks a group cascades its minutes to, and their acknowledgements. */
@Service
class Networks {

  private final NetworkRepository networks;
  private final MinutesAckRepository acks;
  private final MeetingRepository meetings;
  private final Issues issues;
  private final Groups groups;
  private final Chairs chairs;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Networks(
      NetworkRepository networks,
      MinutesAckRepository acks,
      MeetingRepository meetings,
      Issues issues,
      Groups groups,
      Chairs chairs,
      ApplicationEventPublisher events,
      Clock clock) {
    this.networks = networks;
    this.acks = acks;
    this.meetings = meetings;
    this.issues = issues;
    this.groups = groups;
    this.chairs = chairs;
    this.events = events;
    this.clock = clock;
  }

  /** The one Interface Group this person chairs in their tenant, if exactly one. */
  List<GroupInfo> chairedBy(Person person, String tenantId, String exceptTeamId) {
    return groups.forTenant(tenantId).stream()
        .filter(g -> !g.teamId().equals(exceptTeamId))
        .filter(g -> chairs.isChair(g.id(), person.key()))
        .toList();
  }

  /**
   * The team's Interface Group when it works as one (issues, meetings or networks of its own): it
   * must not become another group's network. A team just installed for a network is a group with
   * none of these until {@code network add} makes it a network.
   */
  @Transactional(readOnly = true)
  Optional<GroupInfo> workingGroup(String teamId) {
    if (networks.findByTeamId(teamId).isPresent()) {
      return Optional.empty();
    }
    return groups
        .byTeam(teamId)
        .filter(
            g ->
                issues.anyIn(g.id())
                    || !meetings.findByGroupIdOrderByStartsAt(g.id()).isEmpty()
                    || !networks.findByGroupIdOrderByName(g.id()).isEmpty());
  }

  @Transactional
  Network register(GroupInfo group, String teamId, String name) {
    groups.markAsNetwork(teamId);
    var existing = networks.findByTeamId(teamId);
    if (existing.isPresent()) {
      existing.get().rename(name);
      return existing.get();
    }
    return networks.save(new Network(group.id(), teamId, name, clock.instant()));
  }

  @Transactional(readOnly = true)
  List<Network> of(long groupId) {
    return networks.findByGroupIdOrderByName(groupId);
  }

  /** The name of the Interface Group whose minutes the network gets. */
  String groupName(Network network) {
    return groups.byId(network.groupId()).map(GroupInfo::name).orElse("");
  }

  @Transactional(readOnly = true)
  Optional<Network> byTeam(String teamId) {
    return networks.findByTeamId(teamId);
  }

  /** Sends the minutes to every network: one event each, so each is delivered once. */
  void cascade(Meeting meeting) {
    of(meeting.groupId())
        .forEach(
            n ->
                events.publishEvent(
                    new MinutesCascaded(meeting.id(), n.id(), n.teamId(), meeting.minutesAt())));
  }

  /**
   * Records a network's acknowledgement; the first one counts, and the first one after the minutes
   * were shared again (corrected) replaces the one of the minutes before.
   */
  @Transactional
  boolean acknowledge(Meeting meeting, Network network, Person by) {
    var existing = acks.findByMeetingIdAndNetworkId(meeting.id(), network.id());
    if (existing.isPresent() && existing.get().isFor(meeting)) {
      return false;
    }
    existing.ifPresentOrElse(
        old -> old.renew(by, clock.instant()),
        () -> acks.save(new MinutesAck(meeting.id(), network.id(), by, clock.instant())));
    return true;
  }

  /** Clears the person's name from the acknowledgements they made; returns how many. */
  @Transactional
  int forgetAcknowledger(String personKey) {
    var theirs = acks.findByAcknowledgedByKey(personKey);
    theirs.forEach(MinutesAck::forgetAcknowledger);
    return theirs.size();
  }

  @Transactional(readOnly = true)
  List<MinutesAck> acknowledgements(long meetingId) {
    return acks.findByMeetingId(meetingId);
  }
}
