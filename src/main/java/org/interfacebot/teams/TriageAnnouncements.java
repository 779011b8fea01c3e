package org.interfacebot.teams;

import com.microsoft.bot.builder.MessageFactory;
import org.interfacebot.chat.Texts;
import org.interfacebot.groups.Groups;
import org.interfacebot.groups.Members;
import org.interfacebot.triage.ChairsAsked;
import org.interfacebot.triage.FollowUpCards;
import org.interfacebot.triage.MoreInfoReminderDue;
import org.interfacebot.triage.MoreInfoRequested;
import org.interfacebot.triage.ReferralFollowUpDue;
import org.interfacebot.triage.ReferralNeeded;
import org.interfacebot.triage.VoteReminderDue;
import org.interfacebot.triage.WorkStuck;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** What triage decisions and deadlines say in Teams: to the chairs, the reporter, the members. */
@Component
class TriageAnnouncements {

  private final Groups groups;
  private final Members members;
  private final FollowUpCards cards;
  private final ProactiveMessenger messenger;
  private final ChairMessages chairMessages;
  private final Texts texts;

  TriageAnnouncements(
      Groups groups,
      Members members,
      FollowUpCards cards,
      ProactiveMessenger messenger,
      ChairMessages chairMessages,
      Texts texts) {
    this.chairMessages = chairMessages;
    this.texts = texts;
    this.groups = groups;
    this.members = members;
    this.cards = cards;
    this.messenger = messenger;
  }

  @ApplicationModuleListener
  void on(ChairsAsked asked) {
    messenger.say(
        channelOf(asked.groupId()),
        texts.get("teams.triage.chairs-asked", asked.reference(), asked.why()));
  }

  /**
   * Stuck triage goes to every chair in 1:1, each once even when the delivery is retried: chairs
   * who are members are reached through the team, configured chairs through a chat they had.
   */
  @ApplicationModuleListener
  void on(WorkStuck stuck) {
    var group = groups.byId(stuck.groupId()).orElseThrow();
    String text =
        texts.get(
            stuck.kind() == WorkStuck.Kind.UNTRIAGED
                ? "teams.stuck.untriaged"
                : "teams.stuck.card-undelivered",
            stuck.reference(),
            group.name());
    chairMessages.toEachChair(
        group,
        chair -> "stuck:" + stuck.item() + ":" + ConversationReferences.personalKey(chair),
        () -> MessageFactory.text(text));
  }

  @ApplicationModuleListener
  void on(ReferralFollowUpDue due) {
    messenger.say(
        channelOf(due.groupId()),
        due.referredTo() == null
            ? texts.get("teams.triage.referral-without-group", due.reference())
            : texts.get("teams.triage.referral-follow-up", due.reference(), due.referredTo()));
  }

  @ApplicationModuleListener
  void on(ReferralNeeded needed) {
    messenger.send(channelOf(needed.groupId()), CardMessages.of(cards.referCard(needed.issueId())));
  }

  @ApplicationModuleListener
  void on(MoreInfoRequested requested) {
    messenger.send(
        ConversationReferences.personalKey(requested.reporterKey()),
        CardMessages.of(cards.moreInfoCard(requested.issueId())));
  }

  /**
   * The reminder, with the card to answer on again (the first may be far up the chat), while the
   * group still waits: a delivery retried after the reporter answered sends nothing.
   */
  @ApplicationModuleListener
  void on(MoreInfoReminderDue due) {
    cards
        .moreInfoReminder(due.issueId())
        .ifPresent(
            text -> {
              var message = CardMessages.of(cards.moreInfoCard(due.issueId()));
              message.setText(text);
              messenger.send(ConversationReferences.personalKey(due.reporterKey()), message);
            });
  }

  /**
   * The reminder to vote, while it is still true: a delivery retried after the member voted, or
   * after the vote closed, sends nothing.
   */
  @ApplicationModuleListener
  void on(VoteReminderDue due) {
    var group = groups.byId(due.groupId()).orElseThrow();
    members.all(due.groupId()).stream()
        .filter(m -> m.key().equals(due.memberKey()))
        .findFirst()
        .ifPresent(
            member ->
                cards
                    .reminder(due.issueId(), due.memberKey())
                    .ifPresent(
                        text ->
                            messenger.sendToMember(
                                member, group.teamId(), MessageFactory.text(text))));
  }

  private String channelOf(long groupId) {
    return ConversationReferences.channelKey(groups.byId(groupId).orElseThrow().teamId());
  }
}
