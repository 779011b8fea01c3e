package org.interfacebot.audit;

import org.interfacebot.chat.Person;

/**
 * Who did it. Only a {@link Kind#PERSON} is linked to someone (by key and name, in a row that
 * {@code forget me} deletes); an anonymous reporter or voter is never linked at all, so the trail
 * cannot reveal them. A person's name is null when Teams did not give it (often so for whoever
 * installs the bot); {@link AuditTrail#named} fills it in later.
 */
public record Actor(Kind kind, String key, String name) {

  public enum Kind {
    PERSON,
    ANONYMOUS_REPORTER,
    ANONYMOUS_VOTER,
    BOT
  }

  public static Actor person(Person person) {
    String name = person.name() == null || person.name().isBlank() ? null : person.name();
    return new Actor(Kind.PERSON, person.key(), name);
  }

  public static Actor anonymousReporter() {
    return new Actor(Kind.ANONYMOUS_REPORTER, null, null);
  }

  public static Actor anonymousVoter() {
    return new Actor(Kind.ANONYMOUS_VOTER, null, null);
  }

  public static Actor bot() {
    return new Actor(Kind.BOT, null, null);
  }

  boolean linked() {
    return kind == Kind.PERSON && key != null;
  }
}
