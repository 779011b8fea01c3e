package org.interfacebot.shadowing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.interfacebot.support.Activities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * A Decline while the offer in its match is withdrawn, forgotten or expired: the decline holds the
 * match when the other takes the offer. Both complete, and each person is told what became of it.
 */
@Import(ShadowingLockOrderIT.Wrapped.class)
class ShadowingLockOrderIT extends ShadowingConversationTest {

  @Autowired ApplicationContext context;
  @Autowired EventSerializer events;

  private final AtomicReference<String> meanwhile = new AtomicReference<>();

  @AfterEach
  void disarm() {
    WhileMatchLocked.disarm();
  }

  /** The user declines their proposal; member1's offer could then go to gp2's request, waiting. */
  private String declines(String user) throws InterruptedException {
    var reply =
        cardText(click(user, "shadowing.decline", Activities.data().put("match", matchId())));
    WhileMatchLocked.awaitOther();
    assertThat(WhileMatchLocked.ran()).as("the other came while the match was locked").isTrue();
    awaitEveryDeliveryMade(Duration.ofSeconds(10));
    return reply;
  }

  private void gp2sRequestWaits() {
    list("gp2", "request", "GP", "primary", "Tuesdays");
  }

  /** The listings left, by owner, and that no match is left nor proposed to gp2. */
  private void onlyTheRequestsAreLeft() {
    assertThat(count("shadowing_match")).isZero();
    assertThat(
            jdbc.queryForList("select person_key from shadowing_listing order by id", String.class))
        .containsExactly("aad-gp1", "aad-gp2");
    assertThat(connector.sent())
        .filteredOn(s -> s.conversationId().equals(Activities.personalConversation("gp2")))
        .noneMatch(s -> s.hasCard() && s.cardText().contains("Possible shadowing match"));
  }

  /** gp1 is not told that the declined match is off for another reason. */
  private void gp1IsNotToldTheDeclinedMatchIsOff() {
    assertThat(connector.sent())
        .filteredOn(s -> s.conversationId().equals(Activities.personalConversation("gp1")))
        .noneMatch(s -> s.text().startsWith("Your colleague has withdrawn"))
        .noneMatch(s -> s.text().startsWith("The shadowing match"));
  }

  @Test
  void aDeclineAndAWithdrawalOfTheOfferAtOnceBothComplete() throws InterruptedException {
    proposedToGp1AndMember1();
    gp2sRequestWaits();
    long offer = listingOf("member1");
    WhileMatchLocked.arm(() -> meanwhile.set(personal("member1", "shadowing withdraw " + offer)));

    assertThat(declines("gp1")).contains("I'll keep looking for another match.");

    assertThat(meanwhile.get()).isEqualTo("Withdrawn number " + offer + ", with its matches.");
    onlyTheRequestsAreLeft();
    gp1IsNotToldTheDeclinedMatchIsOff();
  }

  /** member1 declines on the card and, in another window, confirms forget me. */
  @Test
  void aDeclineAndAForgetMeOfTheOfferAtOnceBothComplete() throws InterruptedException {
    proposedToGp1AndMember1();
    gp2sRequestWaits();
    personal("member1", "forget me");
    WhileMatchLocked.arm(() -> meanwhile.set(personal("member1", "yes")));

    assertThat(declines("member1")).contains("I'll keep looking for another match.");

    assertThat(meanwhile.get()).contains("1 shadowing offer or request deleted, with its matches");
    onlyTheRequestsAreLeft();
    assertThat(
            awaitSent(
                    s ->
                        s.conversationId().equals(Activities.personalConversation("gp1"))
                            && s.text().contains("was declined"))
                .text())
        .startsWith("A possible shadowing match was declined.");
    gp1IsNotToldTheDeclinedMatchIsOff();
  }

  /** gp1 declines just as member1, the other person, confirms forget me. */
  @Test
  void aDeclineWhileTheOtherPersonIsForgottenLeavesNothingNamingThem() throws InterruptedException {
    proposedToGp1AndMember1();
    personal("member1", "forget me");
    WhileMatchLocked.arm(() -> meanwhile.set(personal("member1", "yes")));

    assertThat(declines("gp1")).contains("I'll keep looking for another match.");

    assertThat(meanwhile.get()).contains("1 shadowing offer or request deleted, with its matches");
    assertThat(jdbc.queryForList("select serialized_event from event_publication", String.class))
        .noneMatch(event -> event.contains("member1"));
    assertThat(jdbc.queryForList("select message_key from sent_message", String.class))
        .noneMatch(key -> key.contains("member1"));
    assertThat(jdbc.queryForList("select person_key from shadowing_listing", String.class))
        .containsExactly("aad-gp1");
    assertThat(count("shadowing_match")).isZero();
    gp1IsNotToldTheDeclinedMatchIsOff();
  }

  @Test
  void aDeclineWhileRetentionExpiresTheOfferBothComplete() throws InterruptedException {
    list("member1", "offer", "Consultant", "secondary", "Fridays");
    clock.advance(Duration.ofDays(366));
    list("gp1", "request", "GP", "primary", "Mondays");
    proposalTo("gp1");
    gp2sRequestWaits();
    WhileMatchLocked.arm(
        () -> ReflectionTestUtils.invokeMethod(context.getBean("retentionSchedule"), "run"));

    assertThat(declines("gp1")).contains("I'll keep looking for another match.");

    assertThat(connector.sent())
        .filteredOn(s -> s.conversationId().equals(Activities.personalConversation("member1")))
        .anyMatch(s -> s.text().startsWith("Your shadowing offer of "));
    onlyTheRequestsAreLeft();
    gp1IsNotToldTheDeclinedMatchIsOff();
  }

  /**
   * Freed listings are proposed again by a stored event, tried again if it fails: it reads back.
   */
  @Test
  void theEventThatProposesFreedListingsAgainReadsBackAsStored() {
    var freed = new ListingsFreed(List.of(3L, 5L));
    assertThat(events.deserialize(events.serialize(freed), ListingsFreed.class)).isEqualTo(freed);
  }

  /** The repositories of matches and listings, wrapped to let the other request in. */
  @TestConfiguration
  static class Wrapped {

    @Bean
    static BeanPostProcessor matchesWhileLocked() {
      return WhileMatchLocked.matches();
    }

    @Bean
    static BeanPostProcessor listingsWhileLocked() {
      return WhileMatchLocked.listings();
    }
  }
}
