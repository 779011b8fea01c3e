package org.interfacebot.fellows;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.interfacebot.support.Activities;
import org.interfacebot.support.LockWaits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Two chairs who assign the same issue at the same moment take turns: the second sees what the
 * first did, so there is one assignment, each chair's reply says what happened and the channel
 * hears of each change once.
 */
@Import(FellowsAtOnceIT.Wrapped.class)
class FellowsAtOnceIT extends FellowConversationTest {

  @AfterEach
  void disarm() {
    AtTheSameMoment.disarm();
  }

  /** An accepted issue, with member2 appointed a second chair. */
  private String acceptedIssueWithTwoChairs() {
    String reference = acceptedAnonymousIssue();
    assertThat(say(mentioning("chair", "chair add", "member2")).get(0).text())
        .contains("now a chair");
    awaitEveryDeliveryMade(Duration.ofSeconds(10));
    return reference;
  }

  /** Sends member2's assignment while chair's is being handled; returns member2's reply. */
  private AtomicReference<String> meanwhileMember2Assigns(String reference, String fellow) {
    return meanwhileAssigns("member2", reference, fellow);
  }

  /** Sends the chair's assignment just after the turn being handled has read the assignment. */
  private AtomicReference<String> meanwhileAssigns(String chair, String reference, String fellow) {
    var reply = new AtomicReference<String>();
    AtTheSameMoment.afterReading(
        () -> reply.set(assign(chair, reference, fellow)), () -> LockWaits.someoneWaits(jdbc));
    return reply;
  }

  private long channelSaying(String text) {
    return connector.sent().stream()
        .filter(s -> s.conversationId().startsWith(Activities.CHANNEL) && s.text().contains(text))
        .count();
  }

  @Test
  void twoChairsAssigningTheSameFellowAtOnceMakeOneAssignment() throws Exception {
    String reference = acceptedIssueWithTwoChairs();
    var second = meanwhileMember2Assigns(reference, "member3");

    assertThat(assign("chair", reference, "member3"))
        .isEqualTo(
            reference
                + " is assigned to member3. I've told them in 1:1; their progress updates will"
                + " appear here.");
    assertThat(AtTheSameMoment.ran()).isTrue();
    assertThat(second.get())
        .isEqualTo(reference + " is already assigned to member3, so nothing has changed.");
    assertThat(jdbc.queryForList("select fellow_key from fellow_assignment", String.class))
        .containsExactly("aad-member3");
    assertThat(toPerson("member3"))
        .filteredOn(t -> t.contains("assigned **" + reference))
        .hasSize(1);
    assertThat(channelSaying("went wrong")).isZero();
  }

  @Test
  void twoChairsReassigningAtOnceReplaceTheFellowOneAfterTheOther() throws Exception {
    String reference = acceptedIssueWithTwoChairs();
    assign("chair", reference, "member3");
    awaitEveryDeliveryMade(Duration.ofSeconds(10));
    var second = meanwhileMember2Assigns(reference, "member5");

    assertThat(assign("chair", reference, "member4"))
        .isEqualTo(
            reference
                + " is now assigned to member4, who replaces member3 as its fellow. I've told them"
                + " both in 1:1; progress updates will appear here.");
    assertThat(AtTheSameMoment.ran()).isTrue();
    assertThat(second.get())
        .isEqualTo(
            reference
                + " is now assigned to member5, who replaces member4 as its fellow. I've told them"
                + " both in 1:1; progress updates will appear here.");
    assertThat(jdbc.queryForList("select fellow_key from fellow_assignment", String.class))
        .containsExactly("aad-member5");
    assertThat(channelSaying("replaces member3")).isEqualTo(1);
    assertThat(channelSaying("replaces member4")).isEqualTo(1);
    assertThat(channelSaying("went wrong")).isZero();
    // member4's word that it is theirs is not sent if member5 already holds it by then.
    assertThat(toPerson("member4")).filteredOn(t -> t.contains("no longer assigned")).hasSize(1);
    assertThat(toPerson("member3")).filteredOn(t -> t.contains("no longer assigned")).hasSize(1);
    assertThat(personal("member4", "update " + reference + " Started."))
        .startsWith(reference + " is not assigned to you");
  }

  /**
   * member3 posts an update just as a chair hands the issue to member4: the update checked that the
   * issue was member3's, then posted. It is refused now, as any update from a former fellow is.
   */
  @Test
  void anUpdateFromAFellowReplacedMeanwhileIsNotPosted() throws Exception {
    String reference = acceptedAnonymousIssue();
    assign("chair", reference, "member3");
    awaitEveryDeliveryMade(Duration.ofSeconds(10));
    // Just after the update has checked that the issue is member3's.
    var handedOn = meanwhileAssigns("chair", reference, "member4");

    assertThat(personal("member3", "update " + reference + " Met the discharge team."))
        .isEqualTo(
            reference
                + " is not assigned to you, so nothing was posted. A chair assigns issues with"
                + " `assign`.");
    assertThat(AtTheSameMoment.ran()).isTrue();
    assertThat(handedOn.get()).contains("who replaces member3");
    assertThat(count("fellow_update")).isZero();
    awaitEveryDeliveryMade(Duration.ofSeconds(10));
    assertThat(channelSaying("Progress on")).isZero();
    assertThat(toPerson("gp1")).noneMatch(t -> t.startsWith("Progress on"));
  }

  @TestConfiguration
  static class Wrapped {
    @Bean
    static BeanPostProcessor assignmentsReadAtTheSameMoment() {
      return AtTheSameMoment.wrapping();
    }
  }
}
