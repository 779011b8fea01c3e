package org.interfacebot.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.Serialization;
import com.microsoft.bot.schema.teams.TeamsChannelData;
import java.util.regex.Pattern;
import org.interfacebot.chat.DialogMemory;
import org.interfacebot.chat.Person;
import org.interfacebot.chat.Place;
import org.interfacebot.chat.TeamMembership;
import org.interfacebot.chat.Turn;
import org.interfacebot.chat.Where;

/** Reads a Teams activity into the chat API's {@link Turn}. */
final class TurnReader {

  private static final Pattern MENTION = Pattern.compile("<at>[^<]*</at>");

  private TurnReader() {}

  static Turn read(
      Activity activity, JsonNode value, DialogMemory memory, TeamMembership membership) {
    return new Turn(
        person(activity.getFrom()),
        place(activity),
        text(activity),
        mentioned(activity),
        value,
        memory,
        membership);
  }

  /** The people @mentioned in a message, other than the bot. */
  static java.util.List<Person> mentioned(Activity activity) {
    String bot = activity.getRecipient() == null ? null : activity.getRecipient().getId();
    if (activity.getEntities() == null) {
      return java.util.List.of();
    }
    return activity.getEntities().stream()
        .filter(e -> "mention".equals(e.getType()))
        .map(e -> e.getProperties().get("mentioned"))
        .filter(m -> m != null && m.hasNonNull("id") && !m.path("id").asText().equals(bot))
        .map(
            m ->
                new Person(
                    m.path("id").asText(), textOrNull(m, "aadObjectId"), textOrNull(m, "name")))
        .toList();
  }

  private static String textOrNull(JsonNode node, String field) {
    return node.hasNonNull(field) ? node.get(field).asText() : null;
  }

  static Person person(ChannelAccount from) {
    if (from == null) {
      return new Person("unknown", null, null);
    }
    return new Person(from.getId(), from.getAadObjectId(), from.getName());
  }

  static Place place(Activity activity) {
    var conversation = activity.getConversation();
    String type = conversation == null ? null : conversation.getConversationType();
    Where where =
        "channel".equals(type)
            ? Where.CHANNEL
            : "groupChat".equals(type) ? Where.GROUP_CHAT : Where.PERSONAL;
    TeamsChannelData data = channelData(activity);
    String teamId = data != null && data.getTeam() != null ? data.getTeam().getId() : null;
    String tenantId =
        conversation != null && conversation.getTenantId() != null
            ? conversation.getTenantId()
            : data != null && data.getTenant() != null ? data.getTenant().getId() : null;
    return new Place(where, conversation == null ? null : conversation.getId(), tenantId, teamId);
  }

  /** The text with the bot's @mention (and any other mention markup) removed. */
  static String text(Activity activity) {
    String text = activity.getText();
    if (text == null) {
      return "";
    }
    return MENTION.matcher(text).replaceAll(" ").replace('\u00a0', ' ').strip();
  }

  static TeamsChannelData channelData(Activity activity) {
    if (activity.getChannelData() == null) {
      return null;
    }
    try {
      return Serialization.getAs(activity.getChannelData(), TeamsChannelData.class);
    } catch (RuntimeException unreadable) {
      return null;
    }
  }

  static JsonNode value(Object value) {
    if (value == null) {
      return JsonNodeFactory.instance.objectNode();
    }
    JsonNode node = Serialization.objectToTree(value);
    return node == null || !node.isObject() ? JsonNodeFactory.instance.objectNode() : node;
  }
}
