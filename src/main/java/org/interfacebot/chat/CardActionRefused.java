package org.interfacebot.chat;

/**
 * A card action that could not be carried out, with a message for the person who clicked. Nothing
 * has been changed.
 */
public class CardActionRefused extends RuntimeException {

  public CardActionRefused(String messageForUser) {
    super(messageForUser);
  }
}
