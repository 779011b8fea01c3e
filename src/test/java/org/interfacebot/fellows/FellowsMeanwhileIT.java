package org.interfacebot.fellows;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
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
 * Another request that changes an issue, or its fellow, while an assignment or a fellow's {@code
 * forget me} is being handled: each is seen, rather than written over.
 */
@Import(FellowsMeanwhileIT.Wrapped.class)
class FellowsMeanwhileIT extends FellowConversationTest {

  @AfterEach
  void disarm() {
    AtTheSameMoment.disarm();
  }

  /** Runs the turn just after the next call of the method; returns its reply. */
  private AtomicReference<String> meanwhile(String method, java.util.function.Supplier<String> t) {
    var reply = new AtomicReference<String>();
    AtTheSameMoment.after(method, () -> reply.set(t.get()), () -> LockWaits.someoneWaits(jdbc));
    return reply;
  }

  private long channelSaying(String text) {
    awaitEveryDeliveryMade(Duration.ofSeconds(10));
    return connector.sent().stream()
        .filter(s -> s.conversationId().startsWith(Activities.CHANNEL))
        .filter(s -> s.text() != null && s.text().contains(text))
        .count();
  }

  /**
   * A chair assigns an issue just as another chair records its outcome (actioned) at the meeting:
   * the assignment had read the issue as scheduled. Once it has the issue it sees it actioned and
   * refuses, as it refuses an actioned issue at any time.
   */
  @Test
  void anIssueActionedJustAsAChairAssignsItIsNotAssigned() throws Exception {
    String reference = acceptedAnonymousIssue();
    int year = YEAR + 1;
    chair("theme Discharge planning on 14 January " + year);
    clock.advance(
        Duration.between(
            clock.instant(),
            ZonedDateTime.of(year, 1, 14, 15, 0, 0, 0, ZoneId.of("Europe/London")).toInstant()));
    awaitEveryDeliveryMade(Duration.ofSeconds(10));
    // Just after the assignment has found the issue (still scheduled) by its reference.
    var outcome =
        meanwhile(
            "findByReferenceAndGroupId",
            () -> chair("outcome " + reference + " actioned Letters now go out the same day."));

    assertThat(assign("chair", reference, "member3"))
        .isEqualTo(
            reference
                + " can't be assigned to a fellow: it is actioned. Only issues the group has"
                + " accepted can be. Nothing was assigned.");
    assertThat(AtTheSameMoment.ran()).isTrue();
    assertThat(outcome.get()).contains("actioned");
    assertThat(jdbc.queryForObject("select status from issue", String.class)).isEqualTo("ACTIONED");
    assertThat(count("fellow_assignment")).isZero();
    assertThat(toPerson("member3")).noneMatch(t -> t.contains("assigned **" + reference));
    assertThat(personal("member3", "update " + reference + " Started."))
        .startsWith(reference + " is not assigned to you");
  }

  /**
   * member3, the issue's fellow, confirms {@code forget me} just as a chair hands the issue to
   * member4: forget me read member3's assignment, the chair's assignment went through, and forget
   * me then wrote the assignment back as it had read it, unlinked from member3, over member4's (who
   * had been told the issue was theirs, and whose updates were refused). The chair now waits for
   * forget me, then assigns the issue, held by nobody by then, to member4, who keeps it.
   */
  @Test
  void aFellowForgottenJustAsAChairHandsTheIssueOnLeavesItWithTheNewFellow() throws Exception {
    String reference = acceptedAnonymousIssue();
    assign("chair", reference, "member3");
    personal("member3", "update " + reference + " Met the discharge team.");
    personal("member3", "forget me");
    awaitEveryDeliveryMade(Duration.ofSeconds(10));
    // Just after forget me has read member3's assignments and their progress updates.
    var handedOn = meanwhile("findByAuthorKey", () -> assign("chair", reference, "member4"));

    assertThat(personal("member3", "yes"))
        .contains("1 fellow assignment and 1 progress update kept for the group");
    assertThat(AtTheSameMoment.ran()).isTrue();
    assertThat(
            jdbc.queryForMap("select fellow_key, fellow_name, assigned_by from fellow_assignment"))
        .containsEntry("FELLOW_KEY", "aad-member4")
        .containsEntry("FELLOW_NAME", "member4")
        .containsEntry("ASSIGNED_BY", "aad-chair");
    // Forget me went first: member3 no longer held the issue, so nobody is replaced.
    assertThat(handedOn.get())
        .isEqualTo(
            reference
                + " is assigned to member4. I've told them in 1:1; their progress updates will"
                + " appear here.");
    assertThat(toPerson("member4")).anyMatch(t -> t.startsWith("The Interface Group has assigned"));
    assertThat(personal("member4", "update " + reference + " Audit under way."))
        .startsWith("Posted your update on " + reference);
    assertThat(channelSaying("from member4: Audit under way.")).isEqualTo(1);
  }

  @TestConfiguration
  static class Wrapped {
    @Bean
    static BeanPostProcessor issuesAndUpdatesReadMeanwhile() {
      return AtTheSameMoment.wrapping(
          "org.interfacebot.issues.IssueRepository", UpdateRepository.class.getName());
    }
  }
}
