package org.interfacebot.fellows;

import java.util.Optional;
import org.interfacebot.chat.Person;
import org.interfacebot.chat.Texts;
import org.interfacebot.issues.Issues;
import org.interfacebot.privacy.Tombstone;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What Teams says about fellows' work: to the fellow when assigned, and each progress update to the
 * channel and the reporter. The reporter is never named (anonymous reporters included).
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

  @Transactional(readOnly = true)
  public Optional<ToFellow> assigned(long assignmentId) {
    return fellows
        .assignment(assignmentId)
        .flatMap(
            a ->
                issues
                    .byId(a.issueId())
                    .map(
                        issue ->
                            new ToFellow(
                                a.fellow(),
                                texts.get(
                                    "fellows.assigned.to-fellow",
                                    issue.reference(),
                                    issue.title(),
                                    issue.description(),
                                    texts.label(issue.category())))));
  }

  /** A fellow who asked to be forgotten is not named, in new messages or in ones shown again. */
  private String fellowName(Assignment assignment) {
    return Tombstone.is(assignment.fellowKey())
        ? texts.get("fellows.progress.former-fellow")
        : texts.name(assignment.fellow());
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
    String text = update.get().text();
    return Optional.of(
        new Progress(
            texts.get(
                "fellows.progress.channel",
                i.reference(),
                i.title(),
                fellowName(assignment.get()),
                text),
            Optional.ofNullable(i.reporterKey()),
            texts.get("fellows.progress.reporter", i.reference(), i.title(), text)));
  }
}
