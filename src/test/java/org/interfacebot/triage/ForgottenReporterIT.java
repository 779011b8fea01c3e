package org.interfacebot.triage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import org.interfacebot.support.BotConversationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An issue goes on through triage after its reporter asked to be forgotten. */
class ForgottenReporterIT extends BotConversationTest {

  @Autowired TriageSchedule schedule;

  private ObjectNode gp1(String text) {
    return activities.personalMessage("gp1", "Dr Morag Fraser", text);
  }

  @Test
  void anIssueWhoseReporterWasForgottenMovesOnWithNobodyToTellAndNothingLeftToSend() {
    String mine = raiseOne();
    say(gp1("forget me"));
    say(gp1("yes"));
    say(gp1("help"));

    assertThat(chair("close " + mine + " more-info"))
        .isEqualTo(
            mine
                + "'s reporter is no longer linked to it (they asked to be forgotten), so there"
                + " is nobody to ask for more information. Please choose discuss, refer or"
                + " decline.");
    assertThat(chair("close " + mine + " discuss"))
        .isEqualTo(
            "Closed the vote on "
                + mine
                + ": Discuss at group. Its reporter is no longer linked to it, so there is nobody"
                + " to tell.");
    assertThat(status(mine)).isEqualTo("ACCEPTED");
    awaitEveryDeliveryMade(Duration.ofSeconds(10));
    assertThat(connector.sent())
        .noneMatch(
            s -> s.conversationId().contains("gp1") && s.text().contains("Discuss at group"));
  }

  @Test
  void aVoteForMoreInformationFromAReporterNobodyCanAskGoesToTheChairs() {
    String mine = raiseOne();
    say(gp1("forget me"));
    say(gp1("yes"));
    vote("member1", mine, "more-info");
    vote("member2", mine, "more-info");
    vote("member3", mine, "discuss");

    clock.advance(Duration.ofDays(8));
    schedule.run();

    assertThat(jdbc.queryForObject("select state from triage_round", String.class))
        .isEqualTo("AWAITING_CHAIR");
    assertThat(jdbc.queryForObject("select status from issue", String.class))
        .isEqualTo("OPEN_FOR_TRIAGE");
    assertThat(awaitSent(s -> s.text().contains("closed without a decision")).text())
        .contains(
            "most votes asked for more information, but the reporter is no longer linked to the"
                + " issue (they asked to be forgotten), so there is nobody to ask");
  }
}
