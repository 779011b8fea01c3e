package org.interfacebot.fellows;

import java.util.Optional;
import org.interfacebot.chat.Person;
import org.interfacebot.chat.Texts;
import org.interfacebot.issues.Issues;
import org.interfacebot.privacy.Tombstone;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What Teams says about fellows' work: to the fellow when assigned (and to the one replaced), and
 * each progress update to the channel and the reporter. The reporter is never named (anonymous
 * reporters included), nor said to be the fellow where anyone else reads it.
 */
@Service
public class FellowMessages {

  private final Fellows fellows;
  private final Issues issues;
  private final Texts texts;

  FellowMessages(Fellows fellows, Issues issues, Texts texts) {
    this.fellows = fellows;
    this.issues = issues;
    this.texts = texts;
  }

  /** The fellow, and what they are told in 1:1. */
  public record ToFellow(Person fellow, String text) {}

  /** The update for the channel, and for the reporter (whose key is empty when long forgotten). */
  public record Progress(String channelText, Optional<String> reporterKey, String reporterText) {}

  /**
   * What the new fellow is told. A fellow who raised the issue themself is reminded of it (and,
   * when they raised it anonymously, that the group is not told): only they read this.
   */
  @Transactional(readOnly = true)
  public Optional<ToFellow> assigned(FellowAssigned assigned) {
    return fellows
        .assignment(assigned.assignmentId())
        // Handed on (or the fellow forgotten) before Teams took it: the successor has their own.
        .filter(a -> assigned.fellowKey() == null || a.fellowKey().equals(assigned.fellowKey()))
        .flatMap(
            a ->
                issues
                    .byId(a.issueId())
                    .map(
                        issue ->
                            new ToFellow(
                                a.fellow(),
                                texts.get(
                                    !a.fellowKey().equals(issue.reporterKey())
                                        ? "fellows.assigned.to-fellow"
                                        : issue.anonymous()
                                            ? "fellows.assigned.to-anonymous-reporter"
                                            : "fellows.assigned.to-reporter",
                                    issue.reference(),
                                    issue.title(),
                                    issue.description(),
                                    texts.label(issue.category())))));
  }

  /** What the fellow an issue was taken from is told. */
  @Transactional(readOnly = true)
  public Optional<ToFellow> replaced(FellowReplaced replaced) {
    return fellows
        .assignment(replaced.assignmentId())
        .flatMap(a -> issues.byId(a.issueId()))
        .map(
            issue ->
                new ToFellow(
                    new Person(replaced.formerTeamsId(), replaced.formerKey(), null),
                    texts.get("fellows.replaced.to-former", issue.reference(), issue.title())));
  }

  /**
   * The fellow who wrote the update, whoever holds the issue now; not named once forgotten, and
   * unknown for updates stored before authors were kept.
   */
  private String authorName(ProgressUpdate update) {
    if (update.authorKey() == null) {
      return texts.get("fellows.progress.earlier-fellow");
    }
    return Tombstone.is(update.authorKey())
        ? texts.get("fellows.progress.former-fellow")
        : texts.name(new Person(update.authorKey(), update.authorKey(), update.authorName()));
  }

  @Transactional(readOnly = true)
  public Optional<Progress> progress(long updateId) {
    var update = fellows.update(updateId);
    var assignment = update.flatMap(u -> fellows.assignment(u.assignmentId()));
    var issue = assignment.flatMap(a -> issues.byId(a.issueId()));
    if (issue.isEmpty()) {
      return Optional.empty();
    }
    var i = issue.get();
    var u = update.get();
    String text = u.text();
    // A fellow who raised the issue is not sent their own update as its reporter.
    var reporter = Optional.ofNullable(i.reporterKey()).filter(key -> !key.equals(u.authorKey()));
    return Optional.of(
        new Progress(
            texts.get("fellows.progress.channel", i.reference(), i.title(), authorName(u), text),
            reporter,
            texts.get("fellows.progress.reporter", i.reference(), i.title(), text)));
  }
}
