package org.interfacebot.groups;

import java.time.Clock;
import org.interfacebot.chat.Person;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who belongs to a group: the people of its team, as Teams reports them (members added and removed)
 * and as they appear in the team's channels.
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

  private void record(long groupId, Person person, java.time.Instant now) {
    members
        .findByGroupIdAndPersonKey(groupId, person.key())
        .ifPresentOrElse(
            m -> m.seen(person.name(), now),
            () -> members.saveAndFlush(new Member(groupId, person.key(), person.name(), now)));
  }

  public void left(long groupId, Person person) {
    members.deleteByGroupIdAndPersonKey(groupId, person.key());
  }

  @Transactional(readOnly = true)
  public boolean isMember(long groupId, String personKey) {
    return members.existsByGroupIdAndPersonKey(groupId, personKey);
  }
}
