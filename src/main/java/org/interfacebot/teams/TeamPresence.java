package org.interfacebot.teams;

import java.util.List;
import java.util.Optional;
import org.interfacebot.chat.Person;
import org.interfacebot.chat.Place;
import org.interfacebot.chat.TeamMembership;
import org.interfacebot.groups.ChairLeftTeam;
import org.interfacebot.groups.Chairs;
import org.interfacebot.groups.Groups;
import org.interfacebot.groups.Members;
import org.interfacebot.groups.Names;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps a group's members current from what Teams shows: who posts, who is added or removed, and
 * the names Teams left out before.
 */
@Component
class TeamPresence {

  private final Groups groups;
  private final Members members;
  private final Names names;
  private final Chairs chairs;
  private final ApplicationEventPublisher events;

  TeamPresence(
      Groups groups,
      Members members,
      Names names,
      Chairs chairs,
      ApplicationEventPublisher events) {
    this.groups = groups;
    this.members = members;
    this.names = names;
    this.chairs = chairs;
    this.events = events;
  }

  /**
   * A message from the person: anywhere, it fills in their name where it was not known; in a team's
   * channel, it shows they are in the team.
   */
  void wrote(Place place, Person person) {
    names.heard(person);
    if (place.teamId() != null) {
      groups.byTeam(place.teamId()).ifPresent(g -> members.seen(g.id(), person));
    }
  }

  /**
   * People added to the team. Teams often names them by their Teams user id alone: without the
   * Entra object id they are known by when they write or vote, they would be on the list twice, and
   * the second, who never votes, would keep every vote from closing once all have voted. Such a
   * person is found on the list, or asked of Teams, by that id; one Teams cannot say is added when
   * they first write or vote.
   */
  void added(Place place, List<Person> people, TeamMembership teams) {
    groups
        .byTeam(place.teamId())
        .ifPresent(
            g ->
                people.forEach(
                    p ->
                        withEntraId(g.id(), g.teamId(), p, teams)
                            .ifPresent(known -> members.seen(g.id(), known))));
  }

  private Optional<Person> withEntraId(
      long groupId, String teamId, Person added, TeamMembership teams) {
    if (hasEntraId(added)) {
      return Optional.of(added);
    }
    if (added.id() == null) {
      return Optional.empty();
    }
    return members
        .byTeamsId(groupId, added.id())
        .or(() -> teams.member(teamId, added))
        .filter(TeamPresence::hasEntraId);
  }

  private static boolean hasEntraId(Person person) {
    return person.aadObjectId() != null && !person.aadObjectId().isBlank();
  }

  /**
   * People removed from the team: off the member list and, for an appointed chair, out of the
   * chair, the channel told, so that someone no longer in the team cannot decide its votes or take
   * its data (`export`) from their 1:1 chat.
   */
  @Transactional
  void removed(Place place, List<Person> people) {
    groups
        .byTeam(place.teamId())
        .ifPresent(
            g ->
                people.forEach(
                    removed -> {
                      Person p = known(g.id(), removed);
                      members.left(g.id(), p);
                      if (chairs.leftTeam(g.id(), p)) {
                        events.publishEvent(new ChairLeftTeam(g.id(), g.teamId()));
                      }
                    }));
  }

  /**
   * Teams names the people removed by their Teams user id, often without the Entra object id that
   * members and chairs are known by: the member list, which keeps both, tells who they are.
   */
  private Person known(long groupId, Person removed) {
    if (hasEntraId(removed)) {
      return removed;
    }
    return removed.id() == null
        ? removed
        : members.byTeamsId(groupId, removed.id()).orElse(removed);
  }
}
