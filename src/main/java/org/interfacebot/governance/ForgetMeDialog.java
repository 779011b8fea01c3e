package org.interfacebot.governance;

import java.util.ArrayList;
import java.util.List;
import org.interfacebot.chat.ChatCommand;
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
    return texts.get("governance.forget.cancelled");
  }

  @Override
  public String help() {
    return texts.get("governance.forget.help");
  }

  @Override
  public List<Reply> answer(Turn turn, String answer) {
    turn.memory().clear();
    // "Yes." as a phone writes it is yes; "yes, but not my votes" is not.
    if (!ChatCommand.bare(answer).equals("yes")) {
      return List.of(texts.reply("governance.forget.declined"));
    }
    Forgotten done = data.forget(turn.from().key());
    var lines = new ArrayList<String>();
    // Only what there was: "0 issues ... are now anonymous" tells the person nothing.
    if (done.issues() > 0) {
      lines.add(texts.get("governance.forget.issues", done.issues()));
    }
    if (done.withdrawnVotes() > 0) {
      lines.add(texts.get("governance.forget.withdrawn", done.withdrawnVotes()));
    }
    if (done.votes() > 0) {
      lines.add(texts.get("governance.forget.votes", done.votes()));
    }
    if (done.memberships() > 0) {
      lines.add(texts.get("governance.forget.memberships", done.memberships()));
    }
    if (done.chairs() > 0) {
      lines.add(texts.get("governance.forget.chairs", done.chairs()));
    }
    if (done.configuredChair()) {
      lines.add(texts.get("governance.forget.configured-chair"));
    }
    lines.add(texts.get("governance.forget.records", done.records()));
    lines.addAll(done.elsewhere());
    return List.of(texts.reply("governance.forget.done", String.join(";\n- ", lines)));
  }
}
