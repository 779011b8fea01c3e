package org.interfacebot.shadowing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.interfacebot.support.Activities;
import org.interfacebot.support.Meanwhile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Retention lists the offers and requests made a year ago, then deletes each with its matches. One
 * withdrawn, or matched, between the two is handled as it is by then, not as retention listed it.
 */
@Import(ShadowingRetentionMeanwhileIT.AfterListing.class)
class ShadowingRetentionMeanwhileIT extends ShadowingConversationTest {

  @Autowired ApplicationContext context;

  @AfterEach
  void disarm() {
    Meanwhile.disarm();
  }

  private void runRetention() {
    ReflectionTestUtils.invokeMethod(context.getBean("retentionSchedule"), "run");
  }

  @Test
  void aRequestWithdrawnWhileRetentionRunsIsNotToldExpired_andRetentionCompletes() {
    list("gp1", "request", "GP", "primary", "Mondays");
    long request = listingOf("gp1");
    clock.advance(Duration.ofDays(366));

    Meanwhile.whileSweeping(
        () ->
            assertThat(personal("gp1", "shadowing withdraw " + request))
                .isEqualTo("Withdrawn number " + request + ", with its matches."));
    runRetention();

    assertThat(Meanwhile.ran()).as("the withdrawal came after retention listed").isTrue();
    awaitEveryDeliveryMade(Duration.ofSeconds(10));
    assertThat(connector.sent())
        .filteredOn(s -> s.conversationId().equals(Activities.personalConversation("gp1")))
        .noneMatch(s -> s.text().startsWith("Your shadowing request of "));
    assertThat(count("shadowing_listing")).isZero();
  }

  /** A control: the match made meanwhile is seen, its offer's side told and both cards settled. */
  @Test
  void aMatchMadeWhileRetentionRunsIsCalledOffWithBothCardsSettled() {
    list("gp1", "request", "GP", "primary", "Mondays");
    clock.advance(Duration.ofDays(366));

    Meanwhile.whileSweeping(
        () -> {
          assertThat(list("member1", "offer", "Consultant", null, "secondary", "Fridays"))
              .contains("found a possible match");
          proposalTo("member1");
        });
    runRetention();

    assertThat(Meanwhile.ran()).as("the offer came after retention listed").isTrue();
    assertThat(matchOffTold("member1")).contains("The shadowing match with your offer");
    assertThat(settled(proposalTo("member1")).cardText())
        .contains("No longer available")
        .doesNotContain("[Accept]");
    awaitEveryDeliveryMade(Duration.ofSeconds(10));
    assertThat(count("shadowing_match")).isZero();
    assertThat(proposalCardsKept()).isZero();
    assertThat(jdbc.queryForList("select person_key from shadowing_listing", String.class))
        .containsExactly("aad-member1");
  }

  /** The repository retention lists offers and requests from, wrapped to let a request in. */
  @TestConfiguration
  static class AfterListing {

    @Bean
    static BeanPostProcessor listingsMeanwhile() {
      return Meanwhile.afterListing(ListingRepository.class);
    }
  }
}
