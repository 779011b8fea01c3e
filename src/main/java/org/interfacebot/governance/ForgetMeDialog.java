package org.interfacebot.governance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.interfacebot.chat.ChatDialog;
import org.interfacebot.chat.Reply;
import org.interfacebot.chat.Texts;
import org.interfacebot.chat.Turn;
import org.springframework.stereotype.Component;

/** The answer to {@code forget me}'s question: {@code yes} removes, anything else keeps. */
@Component
class ForgetMeDialog implements ChatDialog {

  static final String NAME = "governance.forget";

  private final PersonalData data;
  private final Texts texts;

  ForgetMeDialog(PersonalData data, Texts texts) {
    this.data = data;
    this.texts = texts;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String cancelled() {
    return "Nothing was removed.";
  }

  @Override
  public String help() {
    return texts.get("governance.forget.help");
  }

  @Override
  public List<Reply> answer(Turn turn, String answer) {
    turn.memory().clear();
    if (!answer.strip().toLowerCase(Locale.ROOT).equals("yes")) {
      return List.of(Reply.text("Nothing was removed: I hold what I held before."));
    }
    Forgotten done = data.forget(turn.from().key());
    var lines = new ArrayList<String>();
    lines.add(
        "%d issue(s) you raised are now anonymous; you won't be told of their status any more"
            .formatted(done.issues()));
    lines.add("%d vote(s) still count but are no longer linked to you".formatted(done.votes()));
    lines.add("removed from %d group member list(s)".formatted(done.memberships()));
    if (done.chairs() > 0) {
      lines.add(
          "no longer a chair of %d group(s); their channels have been told"
              .formatted(done.chairs()));
    }
    if (done.configuredChair()) {
      lines.add(
          "you chair every group by the bot's configuration: ask the board's administrator to"
              + " remove you there");
    }
    lines.add("%d record(s) of our chats deleted".formatted(done.records()));
    lines.addAll(done.elsewhere());
    return List.of(
        Reply.text(
            "Done. I have forgotten you:\n\n- "
                + String.join(";\n- ", lines)
                + ".\n\nIf you write to me again I will keep a new reference to this chat, so that"
                + " I can answer."));
  }
}
