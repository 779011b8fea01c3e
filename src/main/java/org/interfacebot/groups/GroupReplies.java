package org.interfacebot.groups;

/** Replies shared by the group commands and other modules' chair-only commands. */
public final class GroupReplies {

  public static final String WHICH_GROUP =
      "Please use this command in the Interface Group's channel, so I know which group you mean.";

  private GroupReplies() {}

  public static String notAChair(String what) {
    return "Only a chair of the group can %s. Type `chairs` to see who they are.".formatted(what);
  }
}
