package org.interfacebot.groups;

import org.interfacebot.chat.Texts;
import org.springframework.stereotype.Component;

/** Replies shared by the group commands and other modules' chair-only commands. */
@Component
public class GroupReplies {

  private final Texts texts;

  GroupReplies(Texts texts) {
    this.texts = texts;
  }

  /** Asks for the command in the group's channel. */
  public String whichGroup() {
    return texts.get("groups.which-group");
  }

  /**
   * Says only a chair may do it; {@code whatKey} is the bundle key of what they tried, such as
   * {@code groups.what.appoint-chairs} ("appoint or remove chairs").
   */
  public String notAChair(String whatKey) {
    return texts.get("groups.not-a-chair", texts.get(whatKey));
  }
}
