package org.interfacebot.teams;

import com.microsoft.bot.schema.Activity;
import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * Messages posted once per subject and kept ({@code posted_card}) so that they can be changed
 * later: a sense-check's card, the minutes in a network, a fellow's progress update. Not the triage
 * card, whose failed posting must stay failed so that the chairs are told ({@link
 * TriageCardDelivery}).
 */
@Component
class PostedMessages {

  private final PostedCardRepository posted;
  private final ProactiveMessenger messenger;
  private final Clock clock;

  PostedMessages(PostedCardRepository posted, ProactiveMessenger messenger, Clock clock) {
    this.posted = posted;
    this.messenger = messenger;
    this.clock = clock;
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
            posted.save(
                new PostedCard(subject, p.conversationId(), p.activityId(), clock.instant())));
    return post.isPresent();
  }
}
