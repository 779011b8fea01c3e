package org.interfacebot.fellows;

import java.time.Clock;
import java.util.Optional;
import org.interfacebot.chat.Person;
import org.interfacebot.groups.Members;
import org.interfacebot.issues.Issues;
import org.interfacebot.privacy.Tombstone;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Assigns issues to fellows and records their progress updates. */
@Service
class Fellows {

  private final AssignmentRepository assignments;
  private final UpdateRepository updates;
  private final Issues issues;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final Members members;

  Fellows(
      AssignmentRepository assignments,
      UpdateRepository updates,
      Issues issues,
      ApplicationEventPublisher events,
      Clock clock,
      Members members) {
    this.members = members;
    this.assignments = assignments;
    this.updates = updates;
    this.issues = issues;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Assigns (or reassigns) the issue; the caller has checked the chair and the issue. The new
   * fellow and the one replaced are told in 1:1, except the chair, who did it and sees the reply.
   * Two chairs assigning the issue at once take turns (the issue is locked before its assignment is
   * read): the second sees the first's fellow, as already assigned or as replaced. An issue closed
   * or moved on since the caller checked it is seen once locked, and nothing is assigned. So is a
   * fellow who is no longer on the member list: the fellow's place on it is locked first, as {@code
   * forget me} locks it before anything else, so that forget me at the same moment either waits for
   * the assignment and then unlinks it, or goes first and nothing is assigned.
   */
  @Transactional
  Assigning assign(long issueId, long groupId, Person fellow, Person chair) {
    if (!members.stillMember(groupId, fellow.key())) {
      return Assigning.noLongerAMember();
    }
    var status = issues.lock(issueId);
    if (!AssignCommand.ASSIGNABLE.contains(status)) {
      return Assigning.notAssignable(status);
    }
    var existing = assignments.findByIssueId(issueId);
    if (existing.isPresent() && existing.get().fellowKey().equals(fellow.key())) {
      return new Assigning(Assigning.Change.UNCHANGED, null);
    }
    // A forgotten fellow no longer holds the issue: there is nobody to replace or to tell.
    var former = existing.filter(a -> !Tombstone.is(a.fellowKey())).map(Assignment::fellow);
    var assignment = existing.orElseGet(() -> new Assignment(issueId, groupId));
    var now = clock.instant();
    assignment.assign(fellow, chair.key(), now);
    var saved = assignments.save(assignment);
    if (!fellow.key().equals(chair.key())) {
      events.publishEvent(new FellowAssigned(saved.id(), groupId, now, fellow.key()));
    }
    if (former.isEmpty()) {
      return new Assigning(Assigning.Change.ASSIGNED, null);
    }
    var replaced = former.get();
    if (!replaced.key().equals(chair.key())) {
      events.publishEvent(
          new FellowReplaced(saved.id(), groupId, replaced.id(), replaced.key(), now));
    }
    return new Assigning(Assigning.Change.REPLACED, replaced);
  }

  @Transactional(readOnly = true)
  Optional<Assignment> ofIssue(long issueId) {
    return assignments.findByIssueId(issueId);
  }

  @Transactional(readOnly = true)
  Optional<Assignment> assignment(long id) {
    return assignments.findById(id);
  }

  @Transactional(readOnly = true)
  Optional<ProgressUpdate> update(long id) {
    return updates.findById(id);
  }

  /**
   * Posts progress by the issue's fellow, who stays its author if the issue changes hands; false,
   * posting nothing, if the issue is not (or no longer) theirs. The issue is locked first, as
   * {@link #assign} locks it: an update never goes out under a fellow replaced meanwhile.
   */
  @Transactional
  boolean post(long issueId, Person fellow, String text) {
    issues.lock(issueId);
    var assignment =
        assignments.findByIssueId(issueId).filter(a -> a.fellowKey().equals(fellow.key()));
    if (assignment.isEmpty()) {
      return false;
    }
    var saved =
        updates.save(
            new ProgressUpdate(
                assignment.get().id(), assignment.get().fellow(), text, clock.instant()));
    events.publishEvent(new ProgressPosted(saved.id(), assignment.get().groupId()));
    return true;
  }
}
