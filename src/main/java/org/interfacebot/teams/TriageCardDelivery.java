package org.interfacebot.teams;

import java.time.Clock;
import org.interfacebot.groups.Groups;
import org.interfacebot.issues.IssueRaised;
import org.interfacebot.issues.IssueSupported;
import org.interfacebot.triage.TriageCards;
import org.interfacebot.triage.VoteCast;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Posts each new issue's triage card in its group's channel, and brings the posted card up to date
 * after each vote. Runs from the event publication registry: a failed delivery stays outstanding
 * and is retried, never lost.
 */
@Component
class TriageCardDelivery {

  private final Groups groups;
  private final TriageCards cards;
  private final ProactiveMessenger messenger;
  private final PostedCardRepository posted;
  private final Clock clock;

  TriageCardDelivery(
      Groups groups,
      TriageCards cards,
      ProactiveMessenger messenger,
      PostedCardRepository posted,
      Clock clock) {
    this.groups = groups;
    this.cards = cards;
    this.messenger = messenger;
    this.posted = posted;
    this.clock = clock;
  }

  @ApplicationModuleListener
  void on(IssueRaised raised) {
    String subject = PostedCard.triage(raised.issueId());
    if (posted.findBySubject(subject).isPresent()) {
      return;
    }
    var group = groups.byId(raised.groupId()).orElseThrow();
    var post =
        messenger.post(
            ConversationReferences.channelKey(group.teamId()), cards.triageCard(raised.issueId()));
    posted.save(new PostedCard(subject, post.conversationId(), post.activityId(), clock.instant()));
  }

  @ApplicationModuleListener
  void on(VoteCast vote) {
    refresh(vote.issueId());
  }

  @ApplicationModuleListener
  void on(IssueSupported supported) {
    refresh(supported.issueId());
  }

  private void refresh(long issueId) {
    var card = posted.findBySubject(PostedCard.triage(issueId));
    if (card.isEmpty()) {
      // Not posted yet: it will show the current state when it is.
      return;
    }
    var group = groups.byId(cards.groupOf(issueId)).orElseThrow();
    messenger.update(
        ConversationReferences.channelKey(group.teamId()),
        card.get().activityId(),
        cards.triageCard(issueId));
  }
}
