package org.interfacebot.teams;

import com.microsoft.bot.schema.Activity;
import java.time.Clock;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Messages posted once per subject and kept ({@code posted_card}) so that they can be changed
 * later: a sense-check's card, the minutes in a network, a fellow's progress update. Not the triage
 * card, whose failed posting must stay failed so that the chairs are told ({@link
 * TriageCardDelivery}).
 *
 * <p>As for {@link SentMessages}, each is recorded (and forgotten) in a transaction of its own,
 * committed as soon as Teams has it: a listener that posts to two people and fails on the second is
 * rolled back, and a record kept in its transaction would go with it, so the first would be posted
 * again each time the event is delivered again. Committed at once, it is also seen by a listener
 * that changes the card meanwhile (a shadowing proposal declined as it was posted).
 */
@Component
class PostedMessages {

  private final PostedCardRepository posted;
  private final ProactiveMessenger messenger;
  private final Clock clock;
  private final TransactionTemplate ownTransaction;

  PostedMessages(
      PostedCardRepository posted,
      ProactiveMessenger messenger,
      Clock clock,
      PlatformTransactionManager transactions) {
    this.posted = posted;
    this.messenger = messenger;
    this.clock = clock;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * Posts the message unless one was posted for this subject (a redelivered event); one Teams
   * refuses for good is given up ({@link ProactiveMessenger#postUnlessRefused}). True when it was
   * posted and kept now.
   */
  boolean postOnce(String subject, String referenceKey, Activity message) {
    if (posted.findBySubject(subject).isPresent()) {
      return false;
    }
    var post = messenger.postUnlessRefused(referenceKey, message);
    post.ifPresent(
        p ->
            ownTransaction.executeWithoutResult(
                status ->
                    posted.save(
                        new PostedCard(
                            subject, p.conversationId(), p.activityId(), clock.instant()))));
    return post.isPresent();
  }

  /**
   * Changes the message kept for this subject for the last time, then forgets it in a transaction
   * of its own: when the listener fails afterwards (Teams down for someone else) and the event is
   * delivered again, this message is not changed again. Nothing when none is kept.
   */
  void changeForTheLastTime(String subject, Consumer<PostedCard> change) {
    posted
        .findBySubject(subject)
        .ifPresent(
            card -> {
              change.accept(card);
              ownTransaction.executeWithoutResult(status -> posted.deleteById(card.id()));
            });
  }
}
