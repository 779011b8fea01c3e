package org.interfacebot.issues;

import org.interfacebot.chat.CardActionRefused;

/**
 * A reference typed in 1:1 belongs to issues of more than one of the person's groups, each of which
 * they may act on (references are counted per group): which one is meant cannot be told, so nothing
 * was done and the message asks for the group's channel.
 */
public class SameReference extends CardActionRefused {

  SameReference(String messageForUser) {
    super(messageForUser);
  }
}
