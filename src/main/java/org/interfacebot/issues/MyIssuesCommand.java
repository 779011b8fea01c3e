package org.interfacebot.issues;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.interfacebot.chat.ChatCommand;
import org.interfacebot.chat.DatePatterns;
import org.interfacebot.chat.Reply;
import org.interfacebot.chat.Texts;
import org.interfacebot.chat.Turn;
import org.interfacebot.chat.Where;
import org.interfacebot.groups.GroupInfo;
import org.interfacebot.groups.Groups;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@code my issues}: the issues the person has raised, with where each one is. */
// First in help: what most people come for.
@Order(2)
@Component
class MyIssuesCommand implements ChatCommand {

  private final IssueRepository issues;
  private final Groups groups;
  private final Texts texts;

  MyIssuesCommand(IssueRepository issues, Groups groups, Texts texts) {
    this.texts = texts;
    this.issues = issues;
    this.groups = groups;
  }

  @Override
  public List<String> words() {
    return List.of("my", "mine");
  }

  @Override
  public String usage() {
    return texts.get("issues.mine.usage");
  }

  @Override
  public String summary() {
    return texts.get("issues.mine.summary");
  }

  @Override
  public Set<Where> where() {
    return Set.of(Where.PERSONAL);
  }

  /** {@code my issue} too; {@code my patient's letter…} describes a problem. */
  @Override
  public boolean readsArgument(String argument) {
    return argument.strip().equalsIgnoreCase("issue");
  }

  @Override
  public boolean mayBeASentence(String text) {
    return !isExactly(text);
  }

  @Override
  @Transactional(readOnly = true)
  public List<Reply> handle(Turn turn) {
    var mine = issues.findByReporterKeyOrderByRaisedAtDesc(turn.from().key());
    if (mine.isEmpty()) {
      return List.of(texts.reply("issues.mine.none"));
    }
    // Each group numbers its own issues: with issues in several, each line says which group's.
    Map<Long, String> groupNames =
        mine.stream()
            .map(i -> i.summary().groupId())
            .distinct()
            .collect(
                Collectors.toMap(id -> id, id -> groups.byId(id).map(GroupInfo::name).orElse("")));
    var day = DatePatterns.of(texts, "issues.mine.day-pattern");
    String lines =
        mine.stream()
            .map(Issue::summary)
            .map(
                i ->
                    texts.get(
                        groupNames.size() > 1 ? "issues.mine.line-of-group" : "issues.mine.line",
                        i.reference(),
                        i.title(),
                        texts.label(i.status()),
                        day.format(i.raisedAt()),
                        groupNames.get(i.groupId())))
            .collect(Collectors.joining("\n"));
    return List.of(texts.reply("issues.mine.list", lines));
  }
}
