package org.interfacebot.governance;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.interfacebot.chat.ChatCommand;
import org.interfacebot.chat.Reply;
import org.interfacebot.chat.Texts;
import org.interfacebot.chat.Turn;
import org.interfacebot.chat.Where;
import org.springframework.stereotype.Component;

/** {@code privacy}: the privacy notice, anywhere. */
@Component
class PrivacyCommand implements ChatCommand {

  private final PrivacyNotice notice;
  private final Texts texts;

  PrivacyCommand(PrivacyNotice notice, Texts texts) {
    this.texts = texts;
    this.notice = notice;
  }

  @Override
  public List<String> words() {
    return List.of("privacy");
  }

  @Override
  public String usage() {
    return texts.get("governance.privacy.usage");
  }

  @Override
  public String summary() {
    return texts.get("governance.privacy.summary");
  }

  @Override
  public Set<Where> where() {
    return EnumSet.allOf(Where.class);
  }

  @Override
  public List<Reply> handle(Turn turn) {
    return List.of(Reply.card(notice.card()));
  }
}
