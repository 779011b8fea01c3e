package org.interfacebot.issues;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.interfacebot.chat.ChatCommand;
import org.interfacebot.chat.Reply;
import org.interfacebot.chat.Turn;
import org.interfacebot.chat.Where;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@code my issues}: the issues the person has raised, with where each one is. */
@Component
class MyIssuesCommand implements ChatCommand {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK).withZone(ZoneId.of("Europe/London"));

  private final IssueRepository issues;

  MyIssuesCommand(IssueRepository issues) {
    this.issues = issues;
  }

  @Override
  public List<String> words() {
    return List.of("my", "mine");
  }

  @Override
  public String usage() {
    return "my issues";
  }

  @Override
  public String summary() {
    return "the issues you have raised and where each one is";
  }

  @Override
  public Set<Where> where() {
    return Set.of(Where.PERSONAL);
  }

  @Override
  @Transactional(readOnly = true)
  public List<Reply> handle(Turn turn) {
    var mine = issues.findByReporterKeyOrderByRaisedAtDesc(turn.from().key());
    if (mine.isEmpty()) {
      return List.of(Reply.text("You haven't raised any issues yet. Type `raise` to raise one."));
    }
    String lines =
        mine.stream()
            .map(Issue::summary)
            .map(
                i ->
                    "- **%s** %s: %s (raised %s)"
                        .formatted(
                            i.reference(), i.title(), i.status().label(), DAY.format(i.raisedAt())))
            .collect(Collectors.joining("\n"));
    return List.of(
        Reply.text(
            "Your issues, newest first:\n\n"
                + lines
                + "\n\nType `status` and a reference for details."));
  }
}
