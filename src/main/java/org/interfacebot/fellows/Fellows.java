package org.interfacebot.fellows;

import java.time.Clock;
import java.util.Optional;
import org.interfacebot.chat.Person;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Assigns issues to fellows and records their progress updates. */
@Service
class Fellows {

  private final AssignmentRepository assignments;
  private final UpdateRepository updates;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Fellows(
      AssignmentRepository assignments,
      UpdateRepository updates,
      ApplicationEventPublisher events,
      Clock clock) {
    this.assignments = assignments;
    this.updates = updates;
    this.events = events;
    this.clock = clock;
  }

  /** Assigns (or reassigns) the issue; the caller has checked the chair and the issue. */
  @Transactional
  void assign(long issueId, long groupId, Person fellow, Person chair) {
    var assignment =
        assignments.findByIssueId(issueId).orElseGet(() -> new Assignment(issueId, groupId));
    var now = clock.instant();
    assignment.assign(fellow, chair.key(), now);
    var saved = assignments.save(assignment);
    events.publishEvent(new FellowAssigned(saved.id(), groupId, now));
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

  @Transactional
  void post(Assignment assignment, String text) {
    var saved = updates.save(new ProgressUpdate(assignment.id(), text, clock.instant()));
    events.publishEvent(new ProgressPosted(saved.id(), assignment.groupId()));
  }
}
