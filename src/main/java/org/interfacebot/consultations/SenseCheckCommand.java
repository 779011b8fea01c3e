package org.interfacebot.consultations;

import java.util.List;
import java.util.Set;
import org.interfacebot.chat.ChatCommand;
import org.interfacebot.chat.Reply;
import org.interfacebot.chat.Texts;
import org.interfacebot.chat.Turn;
import org.interfacebot.chat.Where;
import org.interfacebot.groups.Chairs;
import org.interfacebot.groups.Groups;
import org.interfacebot.privacy.PatientIdentifierGuard;
import org.springframework.stereotype.Component;

/** {@code sense-check <title> <link> [by <date>]}: a chair asks the members to sense-check. */
@Component
class SenseCheckCommand implements ChatCommand {

  private final Groups groups;
  private final Chairs chairs;
  private final SenseCheckReader reader;
  private final PatientIdentifierGuard guard;
  private final Consultations consultations;
  private final Texts texts;

  SenseCheckCommand(
      Groups groups,
      Chairs chairs,
      SenseCheckReader reader,
      PatientIdentifierGuard guard,
      Consultations consultations,
      Texts texts) {
    this.groups = groups;
    this.chairs = chairs;
    this.reader = reader;
    this.guard = guard;
    this.consultations = consultations;
    this.texts = texts;
  }

  @Override
  public List<String> words() {
    return List.of("sense-check", "sensecheck");
  }

  @Override
  public String usage() {
    return texts.get("consultations.command.usage");
  }

  @Override
  public String summary() {
    return texts.get("consultations.command.summary");
  }

  @Override
  public Set<Where> where() {
    return Set.of(Where.CHANNEL);
  }

  @Override
  public boolean forChairs() {
    return true;
  }

  @Override
  public List<Reply> handle(Turn turn) {
    var group = groups.of(turn.place());
    if (group.isEmpty()) {
      return List.of(texts.reply("consultations.which-group"));
    }
    if (!chairs.isChair(group.get().id(), turn.from().key())) {
      return List.of(texts.reply("consultations.not-a-chair"));
    }
    SenseCheckReader.Request request;
    try {
      request = reader.read(turn.rest());
    } catch (SenseCheckReader.Unreadable unreadable) {
      return List.of(
          Reply.text(texts.get("consultations.nothing-opened", unreadable.getMessage())));
    }
    var verdict = guard.check(request.title());
    if (!verdict.clean()) {
      return List.of(
          Reply.text(verdict.explanation(texts.get("consultations.title-field"), texts)));
    }
    consultations.open(group.get().id(), request, turn.from());
    return List.of(
        texts.reply(
            request.defaulted() ? "consultations.opened.default" : "consultations.opened",
            request.title(),
            SenseCheckReader.show(request.deadline(), texts)));
  }
}
