package org.interfacebot.teams;

import org.interfacebot.consultations.ConsultationCards;
import org.interfacebot.consultations.ConsultationClosed;
import org.interfacebot.consultations.ConsultationOpened;
import org.interfacebot.groups.Groups;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Sense-checks in Teams: the card in the group's channel, shown closed at the deadline, and the
 * summary to each chair in 1:1, whether in the team or a chair by configuration only. A redelivered
 * event repeats nothing already sent.
 */
@Component
class ConsultationAnnouncements {

  private final Groups groups;
  private final ConsultationCards cards;
  private final ProactiveMessenger messenger;
  private final PostedCardRepository posted;
  private final SentMessages sent;
  private final PostedMessages postedMessages;
  private final ChairMessages chairMessages;

  ConsultationAnnouncements(
      Groups groups,
      ConsultationCards cards,
      ProactiveMessenger messenger,
      PostedCardRepository posted,
      SentMessages sent,
      PostedMessages postedMessages,
      ChairMessages chairMessages) {
    this.groups = groups;
    this.cards = cards;
    this.messenger = messenger;
    this.posted = posted;
    this.sent = sent;
    this.postedMessages = postedMessages;
    this.chairMessages = chairMessages;
  }

  static String subject(long consultationId) {
    return "consultation:" + consultationId;
  }

  @ApplicationModuleListener
  void on(ConsultationOpened opened) {
    postedMessages.postOnce(
        subject(opened.consultationId()),
        channelOf(opened.groupId()),
        CardMessages.of(cards.channelCard(opened.consultationId())));
  }

  @ApplicationModuleListener
  void on(ConsultationClosed closed) {
    String subject = subject(closed.consultationId());
    String channel = channelOf(closed.groupId());
    posted
        .findBySubject(subject)
        .ifPresent(
            card ->
                sent.once(
                    subject + ":closed",
                    () ->
                        messenger.update(
                            channel,
                            card.activityId(),
                            cards.channelCard(closed.consultationId()))));
    var group = groups.byId(closed.groupId()).orElseThrow();
    chairMessages.toEachChair(
        group,
        chair -> subject + ":summary:" + chair,
        () -> CardMessages.of(cards.summaryCard(closed.consultationId())));
  }

  private String channelOf(long groupId) {
    return ConversationReferences.channelKey(groups.byId(groupId).orElseThrow().teamId());
  }
}
