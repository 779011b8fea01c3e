package org.interfacebot.consultations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.interfacebot.support.Activities;
import org.interfacebot.support.BotConversationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * A chair by configuration ("chairs of every group", e.g. the board's interface lead) gets the
 * sense-check summary at close, in the team or not.
 */
@TestPropertySource(properties = "interface-bot.groups.chairs=aad-lead")
class ConfiguredChairSenseCheckSummaryIT extends BotConversationTest {

  private static final String LINK =
      "https://nhsscotland.sharepoint.com/sites/interface/discharge-template.docx";

  @Autowired ConsultationSchedule schedule;

  @Test
  void aConfiguredChairOutsideTheTeamGetsTheSummaryInTheir1to1() {
    closeWithTheLead(false);
  }

  @Test
  void aConfiguredChairOnTheTeamsMemberListGetsTheSummary() {
    closeWithTheLead(true);
  }

  private void closeWithTheLead(boolean inTheTeam) {
    installInTeam();
    // The lead has a 1:1 chat with the bot (so the bot can reach them), and is a chair everywhere.
    say(activities.personalMessage("lead", "Dr Lead", "help"));
    assertThat(
            say(activities.channelMention("lead", "Dr Lead", "sense-check Referral form " + LINK))
                .get(0)
                .text())
        .as("the lead can open one: they are a chair")
        .startsWith("I've posted the sense-check");
    // the lead posting in the channel made them a member; take them off the list as a lead
    // outside the team would be
    if (!inTheTeam) {
      jdbc.update("delete from group_member where person_key = 'aad-lead'");
    }
    clickInChannel(
        "gp1",
        "consultations.answer",
        Activities.data()
            .put("consultation", jdbc.queryForObject("select id from consultation", Long.class))
            .put("verdict", "good"));

    clock.advance(Duration.ofDays(15));
    schedule.run();
    awaitEveryDeliveryMade(Duration.ofSeconds(15));

    assertThat(connector.sent())
        .as("the configured chair's summary, once")
        .filteredOn(
            s ->
                s.conversationId().equals(Activities.personalConversation("lead"))
                    && s.hasCard()
                    && s.cardText().contains("Sense-check summary"))
        .hasSize(1);
  }
}
