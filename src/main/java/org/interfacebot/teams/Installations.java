package org.interfacebot.teams;

import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import java.util.List;
import java.util.Objects;
import org.interfacebot.cards.CardCatalogue;
import org.interfacebot.chat.Person;
import org.interfacebot.chat.Reply;
import org.interfacebot.chat.Texts;
import org.interfacebot.groups.Chairs;
import org.interfacebot.groups.GroupInfo;
import org.interfacebot.groups.Groups;
import org.interfacebot.groups.Members;
import org.springframework.stereotype.Component;

/**
 * The bot added to a team (the team becomes an Interface Group, its channel is remembered for
 * triage cards and a welcome card is posted) or to a person's 1:1 chat (a short hello).
 */
@Component
class Installations {

  private final Groups groups;
  private final ConversationReferences references;
  private final CardCatalogue cards;
  private final TeamRoster roster;
  private final Members members;
  private final Chairs chairs;
  private final org.interfacebot.governance.PrivacyNotice privacy;
  private final Texts texts;

  Installations(
      Groups groups,
      ConversationReferences references,
      CardCatalogue cards,
      TeamRoster roster,
      Members members,
      Chairs chairs,
      org.interfacebot.governance.PrivacyNotice privacy,
      Texts texts) {
    this.texts = texts;
    this.groups = groups;
    this.references = references;
    this.cards = cards;
    this.roster = roster;
    this.members = members;
    this.chairs = chairs;
    this.privacy = privacy;
  }

  /** An installationUpdate: the bot added to a team or a 1:1 chat, or removed from a team. */
  List<Reply> updated(TurnContext context) {
    String action = context.getActivity().getAction();
    if ("add".equals(action) || "add-upgrade".equals(action)) {
      return installed(context);
    }
    var channelData = TurnReader.channelData(context.getActivity());
    if ("remove".equals(action) && channelData != null && channelData.getTeam() != null) {
      groups.removed(channelData.getTeam().getId());
    }
    return List.of();
  }

  List<Reply> installed(TurnContext context) {
    Activity activity = context.getActivity();
    var place = TurnReader.place(activity);
    var channelData = TurnReader.channelData(activity);
    if (channelData != null && channelData.getTeam() != null) {
      var team = channelData.getTeam();
      String channelId = chosenChannel(activity, channelData);
      var registration = groups.register(team.getId(), place.tenantId(), team.getName());
      references.remember(
          ConversationReferences.channelKey(team.getId()),
          activity.getConversationReference(),
          channelId);
      // Added back after it was removed, the bot says so: the team may have missed it meanwhile.
      if (!registration.isNew() && !registration.isBack() && !chairless(registration.group())) {
        return List.of();
      }
      // A group left without chairs (its last chair asked to be forgotten) gets one the way a new
      // group does: whoever adds the bot back to the team.
      return List.of(
          Reply.card(
              cards.render(
                  "groups-welcome", welcome(context, registration.group(), registration.isNew()))));
    }
    if (place.personal()) {
      boolean firstTime =
          references.remember(
              ConversationReferences.personalKey(TurnReader.person(activity.getFrom()).key()),
              activity.getConversationReference(),
              null);
      if (!firstTime) {
        return List.of();
      }
      return List.of(texts.reply("teams.hello-personal"), Reply.card(privacy.card()));
    }
    return List.of();
  }

  /**
   * The channel the bot works in: the one chosen when it was added (settings.selectedChannel, which
   * the SDK does not read; the welcome goes there too, as the event's conversation), else the
   * event's channel, else General (whose id is the team's).
   */
  private static String chosenChannel(
      Activity activity, com.microsoft.bot.schema.teams.TeamsChannelData channelData) {
    String selected =
        TurnReader.value(activity.getChannelData())
            .path("settings")
            .path("selectedChannel")
            .path("id")
            .asText("");
    if (!selected.isBlank()) {
      return selected;
    }
    return channelData.getChannel() != null && channelData.getChannel().getId() != null
        ? channelData.getChannel().getId()
        : channelData.getTeam().getId();
  }

  /** Reads the team's members and, for a group with no chair yet, makes the installer its first. */
  private boolean chairless(GroupInfo group) {
    return chairs.names(group.id()).isEmpty() && chairs.configuredCount() == 0;
  }

  private Welcome welcome(TurnContext context, GroupInfo group, boolean isNew) {
    var people = roster.read(context);
    if (!people.isEmpty()) {
      members.roster(group.id(), people);
    }
    var installer = named(TurnReader.person(context.getActivity().getFrom()), people);
    members.seen(group.id(), installer);
    if (!chairs.names(group.id()).isEmpty() || chairs.configuredCount() > 0) {
      return new Welcome(group.name(), "");
    }
    chairs.add(group.id(), installer);
    return new Welcome(
        group.name(),
        texts.get(
            isNew ? "teams.welcome.first-chair" : "teams.welcome.chair-again",
            texts.name(installer)));
  }

  /**
   * Teams often sends the installer with ids but no name: the roster, when Teams gave it, names
   * them. Otherwise the name is filled in when they next write ({@link TeamPresence#heard}).
   */
  private static Person named(Person installer, List<Person> roster) {
    if (installer.name() != null && !installer.name().isBlank()) {
      return installer;
    }
    return roster.stream()
        .filter(p -> p.key().equals(installer.key()) || Objects.equals(p.id(), installer.id()))
        .filter(p -> p.name() != null && !p.name().isBlank())
        .findFirst()
        .map(p -> new Person(installer.id(), installer.aadObjectId(), p.name()))
        .orElse(installer);
  }

  record Welcome(String groupName, String chairLine) {}
}
