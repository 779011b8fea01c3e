package org.interfacebot.governance;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.interfacebot.chat.ChatCommand;
import org.interfacebot.chat.Reply;
import org.interfacebot.chat.Texts;
import org.interfacebot.chat.Turn;
import org.interfacebot.chat.Where;
import org.springframework.stereotype.Component;

/** {@code forget me}: says what removing the person's identity means and asks to confirm. */
@Component
class ForgetMeCommand implements ChatCommand {

  private final Texts texts;

  ForgetMeCommand(Texts texts) {
    this.texts = texts;
  }

  @Override
  public List<String> words() {
    return List.of("forget me");
  }

  @Override
  public String usage() {
    return texts.get("governance.forget.usage");
  }

  @Override
  public String summary() {
    return texts.get("governance.forget.summary");
  }

  @Override
  public Set<Where> where() {
    return Set.of(Where.PERSONAL);
  }

  @Override
  public List<Reply> handle(Turn turn) {
    turn.memory().write(ForgetMeDialog.NAME, Map.of("confirming", true));
    return List.of(texts.reply("governance.forget.confirm"));
  }
}
