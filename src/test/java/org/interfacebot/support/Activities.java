package org.interfacebot.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.UUID;

/** Real Teams activity JSON, as Teams (and the Agents Playground) sends it. */
public final class Activities {

  public static final String TENANT = "tenant-nhs-grampian";
  public static final String TEAM = "19:team-interface@thread.tacv2";
  public static final String CHANNEL = TEAM;
  public static final String BOT = "28:interface-bot";

  /**
   * The answers after the title, in the order the raise dialog asks for them: the description,
   * theme, direction, source, impact and frequency, no experience to add, and "yes" to confirm.
   */
  public static final List<String> RAISE_ANSWERS =
      List.of(
          "Patients are discharged without a plan for follow-up.",
          "Discharge planning",
          "Secondary to primary care",
          "Own experience",
          "Moderate",
          "Often",
          "skip",
          "yes");

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String serviceUrl;

  public Activities(String serviceUrl) {
    this.serviceUrl = serviceUrl;
  }

  public static String personalConversation(String userId) {
    return "a:personal-" + userId;
  }

  private ObjectNode base(
      String type, String conversationId, String conversationType, String userId, String userName) {
    ObjectNode a = JSON.createObjectNode();
    a.put("type", type);
    a.put("id", "in-" + UUID.randomUUID());
    a.put("timestamp", "2026-11-27T10:00:00.000Z");
    a.put("channelId", "msteams");
    a.put("serviceUrl", serviceUrl);
    a.putObject("from")
        .put("id", "29:" + userId)
        .put("name", userName)
        .put("aadObjectId", "aad-" + userId);
    a.putObject("recipient").put("id", BOT).put("name", "Interface Bot");
    a.putObject("conversation")
        .put("id", conversationId)
        .put("conversationType", conversationType)
        .put("tenantId", TENANT)
        .put("isGroup", !conversationType.equals("personal"));
    ObjectNode channelData = a.putObject("channelData");
    channelData.putObject("tenant").put("id", TENANT);
    if (conversationType.equals("channel")) {
      channelData.putObject("team").put("id", TEAM).put("name", "Grampian Interface Group");
      channelData.putObject("channel").put("id", CHANNEL).put("name", "General");
    }
    return a;
  }

  public ObjectNode personalMessage(String userId, String userName, String text) {
    ObjectNode a = base("message", personalConversation(userId), "personal", userId, userName);
    a.put("text", text);
    a.put("textFormat", "plain");
    return a;
  }

  /** What Teams sends for an Action.Submit button: a message with a value and no text. */
  public ObjectNode personalSubmit(String userId, String userName, ObjectNode value) {
    ObjectNode a = base("message", personalConversation(userId), "personal", userId, userName);
    a.set("value", value);
    return a;
  }

  /** A channel message that @mentions the bot, with the mention entity Teams adds. */
  public ObjectNode channelMention(String userId, String userName, String command) {
    ObjectNode a =
        base("message", CHANNEL + ";messageid=" + System.nanoTime(), "channel", userId, userName);
    a.put("text", "<at>Interface Bot</at> " + command);
    ObjectNode mention = a.putArray("entities").addObject();
    mention.put("type", "mention").put("text", "<at>Interface Bot</at>");
    mention.putObject("mentioned").put("id", BOT).put("name", "Interface Bot");
    return a;
  }

  /**
   * A channel command to the bot that also @mentions a member ({@code 29:<person>}) after it, as
   * Teams sends {@code @Interface Bot assign IF-… @person}.
   */
  public ObjectNode channelMentionOf(
      String userId, String userName, String command, String person) {
    return channelMentionOf(userId, userName, command, person, person);
  }

  /** The same, with the mentioned member shown by {@code shownAs} (their name in Teams). */
  public ObjectNode channelMentionOf(
      String userId, String userName, String command, String person, String shownAs) {
    return mentioning(
        channelMention(userId, userName, command + " <at>" + shownAs + "</at>"), person, shownAs);
  }

  /** A command in 1:1 that @mentions a member ({@code 29:<person>}) after it. */
  public ObjectNode personalMentionOf(
      String userId, String userName, String command, String person) {
    ObjectNode a = personalMessage(userId, userName, command + " <at>" + person + "</at>");
    a.putArray("entities");
    return mentioning(a, person, person);
  }

  private static ObjectNode mentioning(ObjectNode a, String person, String shownAs) {
    ((com.fasterxml.jackson.databind.node.ArrayNode) a.get("entities"))
        .addObject()
        .put("type", "mention")
        .put("text", "<at>" + shownAs + "</at>")
        .putObject("mentioned")
        .put("id", "29:" + person)
        .put("name", shownAs);
    return a;
  }

  /** The same activity as if it came from another team's General channel (e.g. a network's). */
  public static ObjectNode inTeam(ObjectNode activity, String teamId, String teamName) {
    ObjectNode channelData = (ObjectNode) activity.get("channelData");
    channelData.putObject("team").put("id", teamId).put("name", teamName);
    channelData.putObject("channel").put("id", teamId).put("name", "General");
    String conversation = activity.path("conversation").path("id").asText();
    ((ObjectNode) activity.get("conversation"))
        .put(
            "id",
            conversation.startsWith(TEAM)
                ? teamId + conversation.substring(TEAM.length())
                : teamId);
    return activity;
  }

  public ObjectNode installInTeam(String userId) {
    ObjectNode a = base("installationUpdate", CHANNEL, "channel", userId, "Chair");
    a.put("action", "add");
    return a;
  }

  public ObjectNode personalInstall(String userId, String userName) {
    ObjectNode a =
        base("installationUpdate", personalConversation(userId), "personal", userId, userName);
    a.put("action", "add");
    return a;
  }

  public ObjectNode botAddedToTeam(String userId) {
    ObjectNode a = base("conversationUpdate", CHANNEL, "channel", userId, "Chair");
    a.putArray("membersAdded").addObject().put("id", BOT);
    ((ObjectNode) a.get("channelData")).put("eventType", "teamMemberAdded");
    return a;
  }

  /** An Action.Execute click: an invoke named adaptiveCard/action. */
  public ObjectNode invoke(
      String conversationId,
      String conversationType,
      String userId,
      String userName,
      String verb,
      ObjectNode data) {
    ObjectNode a = base("invoke", conversationId, conversationType, userId, userName);
    a.put("name", "adaptiveCard/action");
    a.put("replyToId", "card-message-1");
    ObjectNode action = a.putObject("value").putObject("action");
    action.put("type", "Action.Execute").put("verb", verb).set("data", data);
    return a;
  }

  /** Submit on the raise dialog's confirmation card in the person's 1:1 chat: raises the issue. */
  public ObjectNode submitDraft(String userId, String userName, String draftId) {
    return invoke(
        personalConversation(userId),
        "personal",
        userId,
        userName,
        "raise.submit",
        data().put("draftId", draftId));
  }

  /** A member's vote on an issue's triage card in the group's channel. */
  public ObjectNode vote(String member, String reference, String choice) {
    return invoke(
        CHANNEL,
        "channel",
        member,
        member,
        "triage.vote",
        data().put("issue", reference).put("choice", choice));
  }

  public static ObjectNode data() {
    return JSON.createObjectNode();
  }

  /** A raise form's Next with every field answered, for the draft. */
  public static ObjectNode filledInForm(String draftId) {
    return data()
        .put("draftId", draftId)
        .put("title", "Bloods requested twice")
        .put("description", "Both the clinic and the practice request the same bloods.")
        .put("category", "TEST_RESULTS")
        .put("direction", "BOTH")
        .put("source", "OWN_EXPERIENCE")
        .put("impact", "LOW")
        .put("frequency", "OCCASIONALLY")
        .put("suggestion", "")
        .put("showName", "YES");
  }
}
