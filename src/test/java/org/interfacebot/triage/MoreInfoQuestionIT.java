package org.interfacebot.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.interfacebot.support.Activities;
import org.interfacebot.support.BotConversationTest;
import org.interfacebot.support.FakeBotConnector.Sent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The card a reporter answers the group's request for more information on shows the question a
 * chair asked, also when it comes again with the reminder a week later.
 */
class MoreInfoQuestionIT extends BotConversationTest {

  private static final String GP1 = Activities.personalConversation("gp1");

  @Autowired TriageSchedule schedule;

  @Test
  void theCardShowsTheChairsQuestionAndSoDoesTheReminder() {
    String reference = raiseOne();
    chair("close " + reference + " more-info Which wards does it happen on?");

    Sent card =
        awaitSent(
            s ->
                s.conversationId().equals(GP1)
                    && s.cardText().contains("The group needs more information about"));
    assertThat(card.cardText())
        .contains(
            "Results sent to the wrong GP",
            "The group asks: Which wards does it happen on?",
            "[Send to the group]");

    clock.advance(Duration.ofDays(7).plusMinutes(1));
    schedule.run();
    Sent reminder = awaitSent(s -> s.conversationId().equals(GP1) && s.text().startsWith("Rem"));
    assertThat(reminder.cardText()).contains("The group asks: Which wards does it happen on?");
  }

  @Test
  void aRequestDecidedByTheVoteHasNoQuestionOnTheCard() {
    String reference = raiseOne();
    vote("member1", reference, "more-info");
    vote("member2", reference, "more-info");
    vote("member3", reference, "discuss");
    clock.advance(Duration.ofDays(8));
    schedule.run();

    Sent card =
        awaitSent(
            s ->
                s.conversationId().equals(GP1)
                    && s.cardText().contains("The group needs more information about"));
    assertThat(card.cardText()).contains("[Send to the group]").doesNotContain("The group asks");
  }
}
