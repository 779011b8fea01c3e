package org.interfacebot.triage;

import java.util.List;
import java.util.Set;
import org.interfacebot.chat.CardActionRefused;
import org.interfacebot.chat.ChatCommand;
import org.interfacebot.chat.Reply;
import org.interfacebot.chat.Texts;
import org.interfacebot.chat.Turn;
import org.interfacebot.chat.Where;
import org.interfacebot.groups.Groups;
import org.interfacebot.issues.References;
import org.interfacebot.issues.ReporterTold;
import org.springframework.stereotype.Component;

/** {@code close IF-2027-0042 discuss|refer|more-info|decline [reason]}: a chair decides. */
@Component
class CloseCommand implements ChatCommand {

  private final ChairDecision decision;
  private final Groups groups;
  private final Texts texts;

  CloseCommand(ChairDecision decision, Groups groups, Texts texts) {
    this.texts = texts;
    this.decision = decision;
    this.groups = groups;
  }

  @Override
  public List<String> words() {
    return List.of("close");
  }

  @Override
  public String usage() {
    return texts.get("triage.close.usage");
  }

  @Override
  public String summary() {
    return texts.get("triage.close.summary");
  }

  @Override
  public Set<Where> where() {
    return Set.of(Where.CHANNEL, Where.PERSONAL);
  }

  @Override
  public boolean forChairs() {
    return true;
  }

  @Override
  public boolean isExactly(String text) {
    return ChatCommand.super.isExactly(text) || References.command(text, words(), true);
  }

  @Override
  public List<Reply> handle(Turn turn) {
    String[] parts = turn.rest().split("\\s+", 3);
    var choice =
        parts.length < 2
            ? java.util.Optional.<TriageChoice>empty()
            : TriageChoice.fromCode(parts[1].toLowerCase(java.util.Locale.ROOT));
    if (choice.isEmpty()) {
      return List.of(texts.reply("triage.close.how", usage()));
    }
    String reason = parts.length > 2 ? parts[2] : "";
    if (choice.get() == TriageChoice.DECLINE && reason.isBlank()) {
      return List.of(
          texts.reply("triage.close.decline-why", References.echo(parts[0], "IF-2027-0042")));
    }
    try {
      var decided =
          decision.close(
              parts[0], groups.visibleFrom(turn.place()), turn.from(), choice.get(), reason);
      var issue = decided.issue();
      if (decided.movedOn()) {
        return List.of(
            texts.reply(
                "triage.close.done-moved-on",
                issue.reference(),
                texts.label(choice.get()),
                texts.inSentence(issue.status())));
      }
      if (decided.groupNamed()) {
        return List.of(
            texts.reply(
                "triage.refer.done",
                issue.reference(),
                reason.strip(),
                ReporterTold.of(issue, texts)));
      }
      if (choice.get() == TriageChoice.REFER && reason.isBlank()) {
        return List.of(
            texts.reply(
                "triage.close.done-choose-group",
                issue.reference(),
                texts.label(choice.get()),
                ReporterTold.of(issue, texts)));
      }
      if (choice.get() == TriageChoice.REFER) {
        return List.of(
            texts.reply(
                "triage.close.done-referred",
                issue.reference(),
                texts.label(choice.get()),
                reason.strip(),
                ReporterTold.of(issue, texts)));
      }
      return List.of(
          texts.reply(
              "triage.close.done",
              issue.reference(),
              texts.label(choice.get()),
              ReporterTold.of(issue, texts)));
    } catch (CardActionRefused refused) {
      return List.of(Reply.text(refused.getMessage()));
    }
  }
}
