package org.interfacebot.groups;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.interfacebot.chat.Person;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who belongs to a group: the people of its team, as Teams lists them (paged members on install),
 * reports changes (members added and removed) and shows them (who posts in its channels).
 */
@Service
public class Members {

  private final MemberRepository members;
  private final Clock clock;

  Members(MemberRepository members, Clock clock) {
    this.members = members;
    this.clock = clock;
  }

  /** Records that the person is in the group's team. */
  public void seen(long groupId, Person person) {
    var now = clock.instant();
    try {
      record(groupId, person, now);
    } catch (DataIntegrityViolationException addedMeanwhile) {
      record(groupId, person, now);
    }
  }

  private void record(long groupId, Person person, Instant now) {
    members
        .findByGroupIdAndPersonKey(groupId, person.key())
        .ifPresentOrElse(
            m -> {
              m.seen(person, now);
              members.save(m);
            },
            () -> members.saveAndFlush(new Member(groupId, person, now)));
  }

  /** The team's full roster from Teams: adds who is new and removes who has left. */
  public void roster(long groupId, List<Person> people) {
    people.forEach(p -> seen(groupId, p));
    Set<String> present = people.stream().map(Person::key).collect(Collectors.toSet());
    members.findByGroupIdOrderBySeenAtDesc(groupId).stream()
        .filter(m -> !present.contains(m.personKey()))
        .forEach(members::delete);
  }

  public void left(long groupId, Person person) {
    members.deleteByGroupIdAndPersonKey(groupId, person.key());
  }

  @Transactional(readOnly = true)
  public boolean isMember(long groupId, String personKey) {
    return members.existsByGroupIdAndPersonKey(groupId, personKey);
  }

  @Transactional(readOnly = true)
  public long count(long groupId) {
    return members.countByGroupId(groupId);
  }

  /** Everyone in the group, most recently seen first. */
  @Transactional(readOnly = true)
  public List<Person> all(long groupId) {
    return members.findByGroupIdOrderBySeenAtDesc(groupId).stream().map(Member::person).toList();
  }

  /** The Teams user ids of at most {@code most} members, most recently seen first. */
  @Transactional(readOnly = true)
  public List<String> recentTeamsIds(long groupId, int most) {
    return members.teamsIdsBySeen(groupId, org.springframework.data.domain.Limit.of(most));
  }

  /** The groups the person is a member of. */
  @Transactional(readOnly = true)
  public List<Long> groupsOf(String personKey) {
    return members.findByPersonKey(personKey).stream().map(Member::groupId).toList();
  }

  /**
   * Locks the person's places on the groups' member lists until the transaction ends. {@code forget
   * me} takes this lock before any other, so that a change naming the person in a group, which
   * takes their place there first ({@link #stillMember}), either goes before it and is then
   * forgotten with the rest, or waits for it and finds them gone.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void takeTurns(String personKey) {
    members.lockOf(personKey);
  }

  /**
   * Whether the person is (still) on the group's member list, their place there locked until the
   * transaction ends: false once they left the team or said {@code forget me}, also at this very
   * moment ({@link #takeTurns}). Call it first in the transaction, before any other lock.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public boolean stillMember(long groupId, String personKey) {
    return members.lockOf(groupId, personKey).isPresent();
  }

  /** Removes the person from every group's member list; returns from how many. */
  @Transactional
  public long forget(String personKey) {
    return members.deleteByPersonKey(personKey);
  }

  /** The member's name in the group's team, when Teams has given it. */
  @Transactional(readOnly = true)
  public Optional<String> nameOf(long groupId, String personKey) {
    return members
        .findByGroupIdAndPersonKey(groupId, personKey)
        .map(m -> m.person().name())
        .filter(name -> !name.isBlank());
  }

  /** The member with this Teams user id (as in an @mention). */
  @Transactional(readOnly = true)
  public Optional<Person> byTeamsId(long groupId, String teamsUserId) {
    return members.findFirstByGroupIdAndTeamsUserId(groupId, teamsUserId).map(Member::person);
  }
}
