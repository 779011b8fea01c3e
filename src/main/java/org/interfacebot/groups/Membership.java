package org.interfacebot.groups;

import java.util.Objects;
import java.util.Optional;
import org.interfacebot.chat.Person;
import org.interfacebot.chat.Place;
import org.interfacebot.chat.Turn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Whether the person acting in a turn, or one they @mention, belongs to a group. The member list is
 * learnt from what Teams reports and from who posts, so it misses people who are in the team:
 * someone who said {@code forget me}, or who joined while the bot missed the event. When such a
 * person acts in the group's own channel or in a 1:1 chat with the bot, Teams is asked, and if it
 * lists them they are added to the list there and then.
 */
@Service
public class Membership {

  private static final Logger log = LoggerFactory.getLogger(Membership.class);

  private final Members members;
  private final Groups groups;
  private final Chairs chairs;

  Membership(Members members, Groups groups, Chairs chairs) {
    this.members = members;
    this.groups = groups;
    this.chairs = chairs;
  }

  /**
   * Whether the person acting may see the group's own figures and settings in 1:1: a chair of it,
   * or a member ({@link #confirmed}, so Teams is asked about one missing from the list).
   */
  public boolean chairOrMember(long groupId, Turn turn) {
    return chairs.isChair(groupId, turn.from().key()) || confirmed(groupId, turn);
  }

  /**
   * True when the person is on the group's member list, or is not but acts in the group's team or
   * in a 1:1 chat in the group's tenant, and Teams lists them in the group's team (then they are
   * added). Teams is asked outside any transaction: call this outside one. A person acting in
   * another team, or from another tenant, is only looked up in the list.
   */
  public boolean confirmed(long groupId, Turn turn) {
    Person person = turn.from();
    if (members.isMember(groupId, person.key())) {
      return true;
    }
    return listedByTeams(groupId, turn, person)
        .filter(listed -> listed.key().equals(person.key()))
        .map(listed -> added(groupId, listed))
        .isPresent();
  }

  /**
   * The group's member a turn @mentions: from the member list, or, when they are missing from it,
   * as Teams lists them in the group's team (then they are added). Empty when Teams does not list
   * them either, or cannot be asked from where the turn is. As {@link #confirmed}: call this
   * outside a transaction.
   */
  public Optional<Person> mentioned(long groupId, Turn turn, Person mentioned) {
    var known = members.byTeamsId(groupId, mentioned.id());
    if (known.isPresent()) {
      return known;
    }
    return listedByTeams(groupId, turn, mentioned)
        .filter(listed -> listed.id().equals(mentioned.id()))
        .map(listed -> added(groupId, listed));
  }

  /** The person as Teams lists them in the group's team, asked only from its team or tenant. */
  private Optional<Person> listedByTeams(long groupId, Turn turn, Person person) {
    return groups
        .byId(groupId)
        .filter(group -> actsIn(group, turn.place()))
        .flatMap(group -> turn.membership().member(group.teamId(), person))
        .map(inTeam -> asTeamsGives(inTeam, person));
  }

  private Person added(long groupId, Person listed) {
    members.seen(groupId, listed);
    log.info("Teams lists someone in group {} who was not on its member list: added", groupId);
    return listed;
  }

  /** In the group's own team, or in a 1:1 chat in its tenant (where {@code stats} is asked). */
  private static boolean actsIn(GroupInfo group, Place place) {
    if (place.personal()) {
      return place.tenantId() == null
          || group.tenantId() == null
          || place.tenantId().equals(group.tenantId());
    }
    return group.teamId().equals(place.teamId());
  }

  /** The person as Teams lists them, with what the turn said for anything Teams left out. */
  private static Person asTeamsGives(Person inTeam, Person acting) {
    return new Person(
        Objects.requireNonNullElse(inTeam.id(), acting.id()),
        blank(inTeam.aadObjectId()) ? acting.aadObjectId() : inTeam.aadObjectId(),
        blank(inTeam.name()) ? acting.name() : inTeam.name());
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
