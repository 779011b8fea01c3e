package org.interfacebot.chat;

/**
 * Who wrote a message. {@code id} is the Teams user id for this bot; {@code aadObjectId} the Entra
 * object id, when Teams sends it.
 */
public record Person(String id, String aadObjectId, String name) {

  /** The most stable identity available: the Entra object id, else the Teams user id. */
  public String key() {
    return aadObjectId != null && !aadObjectId.isBlank() ? aadObjectId : id;
  }
}
