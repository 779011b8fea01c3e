package org.interfacebot.governance;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.interfacebot.chat.ChatCommand;
import org.interfacebot.chat.Reply;
import org.interfacebot.chat.Turn;
import org.interfacebot.chat.Where;
import org.springframework.stereotype.Component;

/** {@code forget me}: says what removing the person's identity means and asks to confirm. */
@Component
class ForgetMeCommand implements ChatCommand {

  static final String CONFIRMATION =
      """
      This removes your identity from everything I hold, in every group:
      - the issues you raised stay for the group but become anonymous. **You will no longer be \
      told when their status changes**, because nothing will link them to you any more;
      - your votes still count in the tallies but are no longer linked to you;
      - you are removed from the groups' member lists and, if you chair a group, as its chair (the \
      channel is told a chair has left);
      - the reference to this chat and anything I kept of our conversation are deleted.

      This cannot be undone. Type `yes` to go ahead, or anything else to keep things as they are.""";

  @Override
  public List<String> words() {
    return List.of("forget me");
  }

  @Override
  public String usage() {
    return "forget me";
  }

  @Override
  public String summary() {
    return "remove your identity from everything I hold (asks first)";
  }

  @Override
  public Set<Where> where() {
    return Set.of(Where.PERSONAL);
  }

  @Override
  public List<Reply> handle(Turn turn) {
    turn.memory().write(ForgetMeDialog.NAME, Map.of("confirming", true));
    return List.of(Reply.text(CONFIRMATION));
  }
}
