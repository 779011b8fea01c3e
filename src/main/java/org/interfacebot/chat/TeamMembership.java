package org.interfacebot.chat;

import java.util.Optional;

/**
 * Asks Teams, during a turn, whether a person is in a team. A group's member list is learnt from
 * what Teams reports and from who posts, so it can miss someone who is in the team (after {@code
 * forget me}, or when the bot missed them joining); a module asks this before refusing them. The
 * {@code teams} module answers it for each turn, from that turn's connection to Teams.
 */
@FunctionalInterface
public interface TeamMembership {

  /** Knows nobody: where Teams cannot be asked. */
  TeamMembership NONE = (teamId, person) -> Optional.empty();

  /**
   * The person as the team lists them (Teams user id, Entra object id and name), or empty when
   * Teams says they are not in it or could not say. Makes a call to Teams: ask only for someone not
   * already on the member list, and not inside a database transaction.
   */
  Optional<Person> member(String teamId, Person person);
}
