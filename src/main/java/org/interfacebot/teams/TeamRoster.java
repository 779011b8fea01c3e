package org.interfacebot.teams;

import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.builder.teams.TeamsInfo;
import com.microsoft.bot.connector.rest.ErrorResponseException;
import com.microsoft.bot.schema.teams.TeamsChannelAccount;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.interfacebot.chat.Person;
import org.interfacebot.chat.TeamMembership;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Reads a team's members from Teams: all of them page by page, or one person. */
@Component
class TeamRoster {

  private static final Logger log = LoggerFactory.getLogger(TeamRoster.class);
  private static final int MOST_PAGES = 200;

  /** How long a turn waits for Teams to say whether someone is in a team (it has 15 s in all). */
  static final Duration LONGEST_LOOKUP = Duration.ofSeconds(5);

  /**
   * Everyone in the team, or nothing if Teams could not say (membership then grows as people post).
   */
  List<Person> read(TurnContext context) {
    var people = new ArrayList<Person>();
    String continuation = null;
    try {
      for (int page = 0; page < MOST_PAGES; page++) {
        var result = TeamsInfo.getPagedMembers(context, continuation).join();
        for (TeamsChannelAccount member : result.getMembers()) {
          people.add(new Person(member.getId(), member.getAadObjectId(), member.getName()));
        }
        continuation = result.getContinuationToken();
        if (continuation == null || continuation.isBlank()) {
          return people;
        }
      }
      return people;
    } catch (RuntimeException unavailable) {
      log.warn("Could not read the team's members: {}", Failures.describe(unavailable));
      return List.of();
    }
  }

  /** Lets the chat API ask, during this turn, whether someone is in a team. */
  TeamMembership membership(TurnContext context) {
    return (teamId, person) -> member(context, teamId, person);
  }

  /**
   * The person as the team lists them; empty when Teams says they are not in it (404) or could not
   * say (then logged, without the person).
   */
  private Optional<Person> member(TurnContext context, String teamId, Person person) {
    try {
      TeamsChannelAccount member =
          TeamsInfo.getTeamMember(context, person.id(), teamId)
              .orTimeout(LONGEST_LOOKUP.toMillis(), TimeUnit.MILLISECONDS)
              .join();
      return member == null
          ? Optional.empty()
          : Optional.of(new Person(member.getId(), member.getAadObjectId(), member.getName()));
    } catch (RuntimeException failed) {
      if (Failures.root(failed) instanceof ErrorResponseException error
          && Failures.status(error) == 404) {
        return Optional.empty();
      }
      log.warn(
          "Could not ask Teams whether someone is in the team ({}); taken as not in it: {}",
          Failures.answer(failed),
          Failures.describe(failed));
      return Optional.empty();
    }
  }
}
