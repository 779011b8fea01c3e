package org.interfacebot.chat;

/** Where a message was written: a 1:1 chat with the bot, a team channel or a group chat. */
public enum Where {
  PERSONAL,
  CHANNEL,
  GROUP_CHAT
}
