package org.interfacebot.teams;

import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.builder.teams.TeamsInfo;
import com.microsoft.bot.schema.teams.TeamsChannelAccount;
import java.util.ArrayList;
import java.util.List;
import org.interfacebot.chat.Person;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Reads a team's members from Teams, page by page. */
@Component
class TeamRoster {

  private static final Logger log = LoggerFactory.getLogger(TeamRoster.class);
  private static final int MOST_PAGES = 200;

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
}
