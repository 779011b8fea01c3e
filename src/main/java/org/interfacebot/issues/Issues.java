package org.interfacebot.issues;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.interfacebot.chat.Texts;
import org.interfacebot.groups.GroupInfo;
import org.interfacebot.groups.Groups;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads issues for other modules. */
@Service
public class Issues {

  private final IssueRepository issues;
  private final SupportRepository supports;
  private final IssueNoteRepository notes;
  private final Groups groups;
  private final Texts texts;
  private final java.time.Clock clock;

  Issues(
      IssueRepository issues,
      SupportRepository supports,
      IssueNoteRepository notes,
      Groups groups,
      Texts texts,
      java.time.Clock clock) {
    this.groups = groups;
    this.texts = texts;
    this.issues = issues;
    this.supports = supports;
    this.notes = notes;
    this.clock = clock;
  }

  /** Accepted issues of a theme that wait for (or are scheduled for) a meeting, oldest first. */
  @Transactional(readOnly = true)
  public java.util.List<IssueSummary> awaitingMeeting(long groupId, Category theme) {
    return issues
        .findByGroupIdAndCategoryAndStatusInOrderByRaisedAt(
            groupId, theme, java.util.EnumSet.of(IssueStatus.ACCEPTED, IssueStatus.SCHEDULED))
        .stream()
        .map(Issue::summary)
        .toList();
  }

  /** Records the operational group an issue was referred to, and when to follow it up. */
  @Transactional
  public void referTo(long issueId, String operationalGroup, java.time.Instant followUp) {
    issues.findById(issueId).orElseThrow().referTo(operationalGroup, followUp);
  }

  /**
   * Locks the issue until the caller's transaction ends: changes to what hangs on it (its fellow)
   * take turns, the second waiting and then reading what the first did. Call it before reading any
   * of that. Returns the issue's status as it is once locked (as it was read, if the issue was read
   * earlier in the transaction): a status changed meanwhile is seen.
   */
  @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
  public IssueStatus lock(long issueId) {
    return issues.lock(issueId).orElseThrow().status();
  }

  /** Records the operational group's reply to a referral. */
  @Transactional
  public void recordReply(long issueId, String reply) {
    issues.findById(issueId).orElseThrow().replied(reply);
  }

  /**
   * Referred issues whose follow-up date has come with no reply recorded; each is returned once (it
   * is marked as followed up). Each is locked and read afresh: a reply or a new referral recorded
   * since the listing is neither written over nor chased.
   */
  @Transactional
  public java.util.List<IssueSummary> referralsToFollowUp() {
    var now = clock.instant();
    var due = new java.util.ArrayList<IssueSummary>();
    for (long issueId : issues.referralsToChase(now)) {
      issues
          .lock(issueId)
          .filter(issue -> issue.followUpDue(now))
          .ifPresent(
              issue -> {
                issue.followUpReminded();
                due.add(issue.summary());
              });
    }
    return due;
  }

  /**
   * Names the operational group of an issue decided to be referred without one; false if another
   * chair named it first.
   */
  @Transactional
  public boolean nameReferral(long issueId, String operationalGroup, java.time.Instant followUp) {
    var issue = issues.lock(issueId).orElseThrow();
    if (issue.status() != IssueStatus.REFERRED || issue.referredTo() != null) {
      return false;
    }
    issue.referTo(operationalGroup, followUp);
    return true;
  }

  /** The references of the group's issues decided to be referred with no operational group yet. */
  @Transactional(readOnly = true)
  public java.util.List<String> referralsWithoutAGroup(long groupId) {
    return issues
        .findByGroupIdAndStatusAndReferredToIsNullOrderByRaisedAt(groupId, IssueStatus.REFERRED)
        .stream()
        .map(i -> i.summary().reference())
        .toList();
  }

  @Transactional(readOnly = true)
  public Optional<String> referredTo(long issueId) {
    return issues.findById(issueId).map(Issue::referredTo);
  }

  /** Adds what the reporter told the group later (it has passed the identifier guard). */
  @Transactional
  public void addNote(long issueId, String text) {
    notes.save(new IssueNote(issueId, text, clock.instant()));
  }

  @Transactional(readOnly = true)
  public java.util.List<String> notes(long issueId) {
    return notes.findByIssueIdOrderByAddedAt(issueId).stream().map(IssueNote::text).toList();
  }

  /**
   * The clinicians who added their experience (+1) to the issue, in one read: how many, and what
   * those who wrote something wrote, oldest first, without who wrote it (the group reads it on the
   * issue's card; it passed the identifier guard).
   */
  @Transactional(readOnly = true)
  public Supporters supporters(long issueId) {
    var all = supports.findByIssueIdOrderByAddedAt(issueId);
    return new Supporters(
        all.size(), all.stream().map(Support::comment).filter(Objects::nonNull).toList());
  }

  /** How many clinicians added their experience to an issue, and what they wrote of it. */
  public record Supporters(int count, List<String> experiences) {}

  /**
   * Finds an issue by its reference among the given groups' issues. References are counted per
   * group, so where several groups are seen at once (1:1, where every group of the tenant is), two
   * may each have an issue with it: then {@link SameReference} says so and nothing is chosen.
   */
  @Transactional(readOnly = true)
  public Optional<IssueSummary> byReference(String reference, Collection<Long> groupIds) {
    return byReference(reference, groupIds, issue -> true);
  }

  /**
   * As {@link #byReference(String, Collection)}, where several groups have an issue with the
   * reference, the one that {@code fits} what the person may do with it (their own, in a group they
   * chair): with none fitting the first, for the caller to refuse as it would a single one. Several
   * fitting: {@link SameReference}, which asks for the group's channel.
   */
  @Transactional(readOnly = true)
  public Optional<IssueSummary> byReference(
      String reference, Collection<Long> groupIds, Predicate<IssueSummary> fits) {
    if (reference == null || groupIds.isEmpty()) {
      return Optional.empty();
    }
    String normalised = References.normalised(reference);
    if (groupIds.size() == 1) {
      return issues
          .findByReferenceAndGroupId(normalised, groupIds.iterator().next())
          .map(Issue::summary);
    }
    List<IssueSummary> found = allByReference(normalised, groupIds);
    if (found.size() <= 1) {
      return found.stream().findFirst();
    }
    List<IssueSummary> fitting = found.stream().filter(fits).toList();
    if (fitting.size() > 1) {
      String names =
          fitting.stream()
              .flatMap(i -> groups.byId(i.groupId()).stream())
              .map(GroupInfo::name)
              .collect(Collectors.joining(", "));
      throw new SameReference(texts.get("issues.same-reference", normalised, names));
    }
    return Optional.of(fitting.isEmpty() ? found.get(0) : fitting.get(0));
  }

  /**
   * Every issue with the reference among the given groups' issues, one at most from each group: for
   * reading, where each can be shown (a reporter's issues in two groups that both numbered theirs
   * IF-2027-0001).
   */
  @Transactional(readOnly = true)
  public List<IssueSummary> allByReference(String reference, Collection<Long> groupIds) {
    if (reference == null || groupIds.isEmpty()) {
      return List.of();
    }
    return issues
        .findByReferenceAndGroupIdInOrderByGroupId(References.normalised(reference), groupIds)
        .stream()
        .map(Issue::summary)
        .toList();
  }

  /** The person's issues on which the group waits for their more information, newest first. */
  @Transactional(readOnly = true)
  public List<IssueSummary> awaitingMoreInfoFrom(String reporterKey) {
    return issues.findByReporterKeyOrderByRaisedAtDesc(reporterKey).stream()
        .map(Issue::summary)
        .filter(i -> i.status() == IssueStatus.MORE_INFO_NEEDED)
        .toList();
  }

  /** Whether any issue was ever raised with the group. */
  @Transactional(readOnly = true)
  public boolean anyIn(long groupId) {
    return issues.existsByGroupId(groupId);
  }

  @Transactional(readOnly = true)
  public Optional<IssueSummary> byId(long id) {
    return issues.findById(id).map(Issue::summary);
  }
}
