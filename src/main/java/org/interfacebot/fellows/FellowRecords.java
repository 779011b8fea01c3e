package org.interfacebot.fellows;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.interfacebot.chat.Texts;
import org.interfacebot.governance.PersonalRecords;
import org.interfacebot.governance.RetentionCutoffs;
import org.interfacebot.issues.IssueRetention;
import org.interfacebot.issues.Issues;
import org.interfacebot.privacy.Tombstone;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Issues assigned to a fellow (and by a chair), in {@code my data} and {@code forget me}. */
@Component
class FellowRecords implements PersonalRecords {

  private final AssignmentRepository assignments;
  private final UpdateRepository updates;
  private final IssueRetention issues;
  private final Issues fellowIssues;
  private final ApplicationEventPublisher events;
  private final Texts texts;

  FellowRecords(
      AssignmentRepository assignments,
      UpdateRepository updates,
      IssueRetention issues,
      Issues fellowIssues,
      ApplicationEventPublisher events,
      Texts texts) {
    this.fellowIssues = fellowIssues;
    this.events = events;
    this.assignments = assignments;
    this.updates = updates;
    this.issues = issues;
    this.texts = texts;
  }

  @Override
  @Transactional(readOnly = true)
  public List<String> heldFor(String personKey) {
    var lines = new ArrayList<String>();
    int assigned = assignments.findByFellowKey(personKey).size();
    if (assigned > 0) {
      lines.add(texts.get("fellows.data.assigned", assigned));
    }
    int written = updates.findByAuthorKey(personKey).size();
    if (written > 0) {
      lines.add(texts.get("fellows.data.updates", written));
    }
    int made = assignments.findByAssignedBy(personKey).size();
    if (made > 0) {
      lines.add(texts.get("fellows.data.made", made));
    }
    return lines;
  }

  /**
   * Each issue is locked before its assignment is read, as {@code assign} locks it: a chair who
   * hands the issue to another fellow meanwhile either goes first, and the assignment is no longer
   * the person's, or waits and then finds it unlinked. Neither is written over the other.
   */
  @Override
  @Transactional
  public Optional<String> forget(String personKey) {
    long kept = 0;
    for (long issueId : assignments.issuesNaming(personKey)) {
      fellowIssues.lock(issueId);
      var assignment = assignments.findByIssueId(issueId);
      if (assignment.isEmpty()) {
        continue;
      }
      boolean named = false;
      if (assignment.get().fellowKey().equals(personKey)) {
        assignment.get().forgetFellow();
        named = true;
      }
      // A chair who took an issue themself is its fellow and its assigner: one assignment.
      if (assignment.get().assignedBy().equals(personKey)) {
        assignment.get().forgetChair();
        named = true;
      }
      kept += named ? 1 : 0;
    }
    // Their progress updates named them in the channel, on issues they still hold or held before
    // they were handed on: shown again without the name.
    var written = updates.findByAuthorKey(personKey);
    written.forEach(ProgressUpdate::forgetAuthor);
    var groupOf =
        assignments
            .findAllById(written.stream().map(ProgressUpdate::assignmentId).toList())
            .stream()
            .collect(Collectors.toMap(Assignment::id, Assignment::groupId));
    written.forEach(
        u -> events.publishEvent(new ProgressChanged(u.id(), groupOf.get(u.assignmentId()))));
    if (kept == 0) {
      return written.isEmpty()
          ? Optional.empty()
          : Optional.of(texts.get("fellows.data.forgotten-updates", written.size()));
    }
    return Optional.of(
        written.isEmpty()
            ? texts.get("fellows.data.forgotten", kept)
            : texts.get("fellows.data.forgotten-with-updates", kept, written.size()));
  }

  /**
   * An assignment follows its issue: the fellow, the chair who assigned it and the authors of its
   * updates are unlinked when the settled issue loses its reporter, and it is deleted, with its
   * updates, when the issue is. Each assignment is locked and read afresh, and only while its issue
   * is still settled: a chair who takes the issue up again meanwhile (a corrected outcome) and
   * hands it to a fellow keeps that fellow, rather than the assignment as it was listed.
   */
  @Override
  @Transactional
  public int applyRetention(RetentionCutoffs cutoffs) {
    var expired = assignments.idsOfIssues(issues.settledBefore(cutoffs.deleteBefore()));
    updates.deleteAllInBatch(updates.findByAssignmentIdIn(expired));
    assignments.deleteAllByIdInBatch(expired);
    int unlinked = 0;
    var settled = new ArrayList<Long>();
    for (long issueId :
        assignments.assignedAmong(issues.settledBefore(cutoffs.anonymiseBefore()))) {
      // The issue first, then its assignment, as assign and forget me take them: in the opposite
      // order, forget me at the same moment would wait for the one while holding the other, and
      // the database would abort one of the two.
      if (!issues.stillSettledBefore(issueId, cutoffs.anonymiseBefore())) {
        continue;
      }
      var locked = assignments.lockOfIssue(issueId);
      if (locked.isEmpty()) {
        continue;
      }
      var assignment = locked.get();
      settled.add(assignment.id());
      if (!Tombstone.is(assignment.fellowKey()) || !Tombstone.is(assignment.assignedBy())) {
        assignment.forgetFellow();
        assignment.forgetChair();
        unlinked++;
      }
    }
    for (var update : updates.findByAssignmentIdIn(settled)) {
      if (update.authorKey() != null && !Tombstone.is(update.authorKey())) {
        update.forgetAuthor();
        unlinked++;
      }
    }
    return expired.size() + unlinked;
  }
}
