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

  /**
   * @deprecated English fallback; use {@link Texts#name(Person)}, which words an unnamed person
   *     from the bundles.
   */
  @Deprecated
  public String displayName() {
    return name == null || name.isBlank() ? "A colleague" : name;
  }
}
