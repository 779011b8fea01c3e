package org.interfacebot.teams;

import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.teams.TeamsChannelData;
import java.util.List;
import org.interfacebot.chat.Reply;
import org.interfacebot.chat.Texts;
import org.interfacebot.groups.Groups;
import org.springframework.stereotype.Component;

/**
 * What Teams tells of a change to a team the bot is in, other than its members (those are {@link
 * TeamPresence}'s): the team renamed, the channel the bot posts in deleted, the bot removed from
 * the team, or the team deleted, archived or restored. Other events change nothing.
 */
@Component
class TeamChanges {

  private final Groups groups;
  private final ConversationReferences references;
  private final Texts texts;

  TeamChanges(Groups groups, ConversationReferences references, Texts texts) {
    this.groups = groups;
    this.references = references;
    this.texts = texts;
  }

  List<Reply> changed(TurnContext context) {
    var data = TurnReader.channelData(context.getActivity());
    if (data == null || data.getTeam() == null || data.getEventType() == null) {
      return List.of();
    }
    String teamId = data.getTeam().getId();
    return switch (data.getEventType()) {
      case "teamRenamed" -> {
        groups.rename(teamId, data.getTeam().getName());
        yield List.of();
      }
      case "channelDeleted" -> channelDeleted(context, data);
      case "teamMemberRemoved" -> {
        if (botRemoved(context)) {
          groups.removed(teamId);
        }
        yield List.of();
      }
      case "teamDeleted", "teamHardDeleted", "teamArchived" -> {
        groups.removed(teamId);
        yield List.of();
      }
      case "teamRestored", "teamUnarchived" -> {
        groups.back(teamId);
        yield List.of();
      }
      default -> List.of();
    };
  }

  private static boolean botRemoved(TurnContext context) {
    var activity = context.getActivity();
    String bot = activity.getRecipient() == null ? null : activity.getRecipient().getId();
    return bot != null
        && activity.getMembersRemoved() != null
        && activity.getMembersRemoved().stream().anyMatch(m -> bot.equals(m.getId()));
  }

  /**
   * The channel the bot was added from is where it posts triage cards, agendas and minutes: once it
   * is deleted, every one of them would be refused. The team's General channel (whose id is the
   * team's), which cannot be deleted, takes its place, and the team is told there.
   */
  private List<Reply> channelDeleted(TurnContext context, TeamsChannelData data) {
    String teamId = data.getTeam().getId();
    String deleted = data.getChannel() == null ? null : data.getChannel().getId();
    String key = ConversationReferences.channelKey(teamId);
    boolean postedThere =
        deleted != null
            && !deleted.equals(teamId)
            && references
                .find(key)
                .map(
                    r -> r.getConversation() != null && deleted.equals(r.getConversation().getId()))
                .orElse(false);
    if (!postedThere) {
      return List.of();
    }
    references.remember(key, context.getActivity().getConversationReference(), teamId);
    return List.of(texts.reply("teams.channel-deleted"));
  }
}
