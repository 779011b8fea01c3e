package org.interfacebot.teams;

import com.microsoft.bot.builder.TurnContext;
import java.util.List;
import org.interfacebot.chat.Reply;
import org.interfacebot.groups.Groups;
import org.springframework.stereotype.Component;

/**
 * What Teams tells of a change to a team the bot is in, other than its members (those are {@link
 * TeamPresence}'s): the team renamed. Other events change nothing.
 */
@Component
class TeamChanges {

  private final Groups groups;

  TeamChanges(Groups groups) {
    this.groups = groups;
  }

  List<Reply> changed(TurnContext context) {
    var data = TurnReader.channelData(context.getActivity());
    if (data == null || data.getTeam() == null || data.getEventType() == null) {
      return List.of();
    }
    if (data.getEventType().equals("teamRenamed")) {
      groups.rename(data.getTeam().getId(), data.getTeam().getName());
    }
    return List.of();
  }
}
