package org.interfacebot.teams;

import com.microsoft.bot.builder.MessageFactory;
import org.interfacebot.chat.Person;
import org.interfacebot.chat.Texts;
import org.interfacebot.groups.Groups;
import org.interfacebot.meetings.MeetingAnnounced;
import org.interfacebot.meetings.MeetingCancelled;
import org.interfacebot.meetings.MeetingCards;
import org.interfacebot.meetings.MeetingReminderDue;
import org.interfacebot.meetings.MinutesCascaded;
import org.interfacebot.meetings.MinutesOverdue;
import org.interfacebot.meetings.MinutesShared;
import org.interfacebot.meetings.RaiseInvited;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Meeting announcements, reminders and minutes in the group's channel; outcomes to reporters. */
@Component
class MeetingAnnouncements {

  private final Groups groups;
  private final MeetingCards cards;
  private final ProactiveMessenger messenger;
  private final PostedMessages posted;
  private final SentMessages sent;
  private final ChairMessages chairMessages;
  private final Texts texts;

  MeetingAnnouncements(
      Groups groups,
      MeetingCards cards,
      ProactiveMessenger messenger,
      PostedMessages posted,
      SentMessages sent,
      ChairMessages chairMessages,
      Texts texts) {
    this.chairMessages = chairMessages;
    this.texts = texts;
    this.sent = sent;
    this.groups = groups;
    this.cards = cards;
    this.messenger = messenger;
    this.posted = posted;
  }

  /** A meeting cancelled before its announcement went out is not announced. */
  @ApplicationModuleListener
  void on(MeetingAnnounced announced) {
    cards
        .announcement(announced.meetingId(), texts.get("teams.meeting.next"))
        .ifPresent(card -> messenger.send(channelOf(announced.groupId()), CardMessages.of(card)));
  }

  @ApplicationModuleListener
  void on(MeetingReminderDue due) {
    // Worded as it is sent, not as it was due: "tomorrow" may have become "today", or passed.
    cards
        .reminder(due.meetingId(), when -> texts.get("teams.meeting.reminder", when))
        .ifPresent(card -> messenger.send(channelOf(due.groupId()), CardMessages.of(card)));
  }

  @ApplicationModuleListener
  void on(MeetingCancelled cancelled) {
    messenger.say(
        channelOf(cancelled.groupId()),
        texts.get("teams.meeting.cancelled", cancelled.theme(), cancelled.when()));
  }

  @ApplicationModuleListener
  void on(MinutesShared shared) {
    String minutes = "minutes:" + shared.meetingId() + ":" + shared.sharedAt();
    sent.once(
        minutes + ":channel",
        () ->
            messenger.send(
                channelOf(shared.groupId()),
                CardMessages.of(cards.minutes(shared.meetingId(), false))));
    for (var outcome : cards.reporterOutcomes(shared.meetingId())) {
      String reporter = ConversationReferences.personalKey(outcome.reporterKey());
      // Keyed by the issue, not the reporter: the key must not become a link to the person.
      sent.once(
          minutes + ":outcome:" + outcome.reference(),
          () -> messenger.say(reporter, outcome.message()));
    }
  }

  /** Each chair in 1:1, once each even when the delivery is retried. */
  @ApplicationModuleListener
  void on(MinutesOverdue overdue) {
    var group = groups.byId(overdue.groupId()).orElseThrow();
    String text =
        texts.get(
            "teams.minutes.overdue",
            group.name(),
            overdue.theme(),
            overdue.heldOn(),
            overdue.waiting().size(),
            String.join(", ", overdue.waiting()),
            // In 1:1 the group is known only when the tenant has no other: else, its channel.
            texts.get(
                groups.forTenant(group.tenantId()).size() == 1
                    ? "teams.minutes.overdue-here"
                    : "teams.minutes.overdue-in-channel",
                overdue.day()));
    chairMessages.toEachChair(
        group,
        chair ->
            "minutes-overdue:"
                + overdue.meetingId()
                + ":"
                + overdue.day()
                + ":"
                + ConversationReferences.personalKey(chair),
        () -> MessageFactory.text(text));
  }

  /**
   * Each network gets each sharing of the minutes once: a redelivered event finds its card already
   * posted, corrected minutes are posted again.
   */
  @ApplicationModuleListener
  void on(MinutesCascaded cascaded) {
    String subject =
        String.format(
            java.util.Locale.ROOT, "minutes:%d:%d", cascaded.meetingId(), cascaded.networkId());
    posted.postOnce(
        cascaded.sharedAt() == null ? subject : subject + ":" + cascaded.sharedAt(),
        ConversationReferences.channelKey(cascaded.networkTeamId()),
        CardMessages.of(cards.minutes(cascaded.meetingId(), true)));
  }

  @ApplicationModuleListener
  void on(RaiseInvited invited) {
    var group = groups.byId(invited.groupId()).orElseThrow();
    messenger.sendToMember(
        new Person(invited.teamsUserId(), invited.personKey(), null),
        group.teamId(),
        MessageFactory.text(
            texts.get(
                "teams.meeting.raise-invited",
                texts.inSentence(invited.theme()),
                invited.theme())));
  }

  private String channelOf(long groupId) {
    return ConversationReferences.channelKey(groups.byId(groupId).orElseThrow().teamId());
  }
}
