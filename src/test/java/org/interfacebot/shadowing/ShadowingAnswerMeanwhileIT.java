package org.interfacebot.shadowing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.interfacebot.support.Activities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Accept or Decline clicked while the other person answers, or the match goes: the click shows what
 * became of the match, not what it was before the click waited for it.
 */
@Import(ShadowingAnswerMeanwhileIT.Wrapped.class)
class ShadowingAnswerMeanwhileIT extends ShadowingConversationTest {

  private final AtomicReference<String> meanwhile = new AtomicReference<>();

  @AfterEach
  void disarm() {
    BeforeMatchLock.disarm();
  }

  private void meanwhile(String user, String verb) {
    var match = Activities.data().put("match", matchId());
    BeforeMatchLock.arm(() -> meanwhile.set(cardText(click(user, verb, match))));
  }

  private String click(String user, String verb) {
    var response = click(user, verb, Activities.data().put("match", matchId()));
    assertThat(response.status()).isEqualTo(200);
    assertThat(BeforeMatchLock.ran()).as("the other action came meanwhile").isTrue();
    return cardText(response);
  }

  @Test
  void anAcceptRacingADeclineIsShownTheMatchDeclined() {
    proposedToGp1AndMember1();
    meanwhile("member1", "shadowing.decline");

    assertThat(click("gp1", "shadowing.accept"))
        .contains(
            "Declined",
            "This possible shadowing match was declined, so there is nothing to accept or"
                + " decline.")
        .doesNotContain("I'll introduce you", "[Accept]");

    assertThat(meanwhile.get()).contains("I'll keep looking for another match.");
    assertThat(jdbc.queryForObject("select state from shadowing_match", String.class))
        .isEqualTo("DECLINED");
    awaitEveryDeliveryMade(Duration.ofSeconds(10));
    assertThat(connector.sent()).noneMatch(s -> s.text().startsWith("Shadowing match agreed"));
  }

  /** The one declining had accepted too (on another device): the match was agreed first. */
  @Test
  void aDeclineRacingTheAcceptanceThatAgreedTheMatchIsShownTheMatchAgreed() {
    proposedToGp1AndMember1();
    assertThat(click("member1", "shadowing.accept")).contains("once your colleague accepts too");
    meanwhile("gp1", "shadowing.accept");

    assertThat(click("gp1", "shadowing.decline"))
        .contains("You have both accepted")
        .doesNotContain("Declined");

    assertThat(meanwhile.get()).contains("You have both accepted");
    assertThat(jdbc.queryForObject("select state from shadowing_match", String.class))
        .isEqualTo("AGREED");
    awaitSent(
        s ->
            s.conversationId().equals(Activities.personalConversation("gp1"))
                && s.text().startsWith("Shadowing match agreed"));
  }

  @Test
  void anAcceptRacingAWithdrawalIsShownTheMatchSettled() {
    proposedToGp1AndMember1();
    long offer = listingOf("member1");
    BeforeMatchLock.arm(() -> meanwhile.set(personal("member1", "shadowing withdraw " + offer)));

    assertThat(click("gp1", "shadowing.accept"))
        .contains("No longer available", "There is nothing to accept or decline")
        .doesNotContain("I'll introduce you", "[Accept]");

    assertThat(meanwhile.get()).isEqualTo("Withdrawn number " + offer + ", with its matches.");
    assertThat(count("shadowing_match")).isZero();
  }

  /** The repository the clicks lock their match with, wrapped to let another action in. */
  @TestConfiguration
  static class Wrapped {

    @Bean
    static BeanPostProcessor matchesMeanwhile() {
      return BeforeMatchLock.wrapping();
    }
  }
}
