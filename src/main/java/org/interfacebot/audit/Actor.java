package org.interfacebot.audit;

import org.interfacebot.chat.Person;

/**
 * Who did it. Only a {@link Kind#PERSON} is linked to someone (by key and name, in a row that
 * {@code forget me} deletes); an anonymous reporter or voter is never linked at all, so the trail
 * cannot reveal them.
 */
public record Actor(Kind kind, String key, String name) {

  public enum Kind {
    PERSON,
    ANONYMOUS_REPORTER,
    ANONYMOUS_VOTER,
    BOT
  }

  public static Actor person(Person person) {
    return new Actor(Kind.PERSON, person.key(), person.displayName());
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
