package org.interfacebot.fellows;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.interfacebot.support.LockWaits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * A chair assigns an issue to member3 at the moment member3 confirms {@code forget me}: the two
 * take turns on member3's place on the member list, so whichever goes first member3 is named on no
 * assignment once both are done.
 */
@Import(FellowForgottenWhileAssignedIT.Wrapped.class)
class FellowForgottenWhileAssignedIT extends FellowConversationTest {

  /** Whether a request waits for a row lock another holds (overridden for PostgreSQL). */
  boolean someoneWaits() {
    return LockWaits.someoneWaits(jdbc);
  }

  @AfterEach
  void disarm() {
    AtTheSameMoment.disarm();
  }

  /** Runs the turn just after the next call of the method; returns its reply. */
  private AtomicReference<String> meanwhile(String method, java.util.function.Supplier<String> t) {
    var reply = new AtomicReference<String>();
    AtTheSameMoment.after(method, () -> reply.set(t.get()), this::someoneWaits);
    return reply;
  }

  private int naming(String person) {
    return jdbc.queryForObject(
        "select count(*) from fellow_assignment where fellow_key = ? or assigned_by = ?",
        Integer.class,
        "aad-" + person,
        "aad-" + person);
  }

  @Test
  void aChairAssigningAFellowWhoIsBeingForgottenIsToldAndNothingIsAssigned() throws Exception {
    String reference = acceptedAnonymousIssue();
    personal("member3", "forget me");
    awaitEveryDeliveryMade(Duration.ofSeconds(10));
    // Just after forget me has looked for member3's assignments and progress updates.
    var assigned = meanwhile("findByAuthorKey", () -> assign("chair", reference, "member3"));

    assertThat(personal("member3", "yes")).startsWith("Done.");
    assertThat(AtTheSameMoment.ran()).isTrue();
    assertThat(assigned.get())
        .isEqualTo(
            "I didn't assign "
                + reference
                + ": the person you mentioned has just left the group's member list (they left"
                + " the team, or asked me to forget them). Nothing was assigned.");
    assertThat(count("fellow_assignment")).isZero();
    assertThat(toPerson("member3")).noneMatch(t -> t.contains("has assigned"));
  }

  @Test
  void aFellowForgottenJustAsAChairAssignsThemIsNotLeftNamedOnTheIssue() throws Exception {
    String reference = acceptedAnonymousIssue();
    personal("member3", "forget me");
    awaitEveryDeliveryMade(Duration.ofSeconds(10));
    // Just after the assignment has read the issue's assignment (none yet).
    var forgotten = meanwhile("findByIssueId", () -> personal("member3", "yes"));

    assertThat(assign("chair", reference, "member3"))
        .startsWith(reference + " is assigned to member3.");
    assertThat(AtTheSameMoment.ran()).isTrue();
    assertThat(forgotten.get()).contains("1 fellow assignment kept for the group");
    assertThat(count("fellow_assignment")).isOne();
    assertThat(naming("member3")).isZero();
    assertThat(jdbc.queryForObject("select fellow_key from fellow_assignment", String.class))
        .startsWith("gone:");
  }

  @TestConfiguration
  static class Wrapped {
    @Bean
    static BeanPostProcessor assignmentsAndUpdatesReadMeanwhile() {
      return AtTheSameMoment.wrapping(
          AssignmentRepository.class.getName(), UpdateRepository.class.getName());
    }
  }
}
