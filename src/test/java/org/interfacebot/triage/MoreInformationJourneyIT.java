package org.interfacebot.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.interfacebot.support.Activities;
import org.interfacebot.support.BotConversationTest;
import org.interfacebot.support.CardText;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The more-information loop over weeks: the group asks, the reporter answers, the vote reopens, the
 * group asks again, and the reporter, instead of answering, asks to be forgotten.
 */
class MoreInformationJourneyIT extends BotConversationTest {

  @Autowired TriageSchedule schedule;

  private String gp1(String text) {
    return say(activities.personalMessage("gp1", "Dr Morag Fraser", text)).get(0).text();
  }

  private void groupAsksForMoreInformation(String reference) {
    vote("member1", reference, "more-info");
    vote("member2", reference, "more-info");
    vote("member3", reference, "discuss");
    clock.advance(Duration.ofDays(8));
    schedule.run();
  }

  @Test
  void anIssueWaitingForItsReporterWhoAsksToBeForgottenGoesToTheChairs() {
    String reference = raiseOne();
    groupAsksForMoreInformation(reference);
    awaitSent(s -> s.cardText().contains("The group needs more information about " + reference));
    assertThat(gp1("my issues")).contains(reference, "More information needed");
    clickIn1to1(
        "gp1",
        "Dr Morag Fraser",
        "triage.moreinfo",
        Activities.data().put("issue", reference).put("answer", "Wards 7 and 9, at weekends."));
    assertThat(gp1("my issues")).contains(reference, "Open for triage");

    groupAsksForMoreInformation(reference);
    assertThat(status(reference)).isEqualTo("MORE_INFO_NEEDED");
    connector.clear();
    // The reporter leaves the board and asks to be forgotten instead of answering again.
    gp1("forget me");
    assertThat(gp1("yes")).contains("1 issue you raised is now anonymous");

    assertThat(awaitSent(s -> s.text().contains("Chairs, please decide")).text())
        .contains(
            reference,
            "asked the reporter for more information, but they have since asked to be forgotten");
    assertThat(status(reference)).isEqualTo("OPEN_FOR_TRIAGE");
    assertThat(chair("health")).contains("Votes waiting for the chairs' decision: " + reference);
    assertThat(
            CardText.of(
                clickInChannel(
                        "member4", "triage.refresh", Activities.data().put("issue", reference))
                    .json()
                    .path("value")))
        .contains("Status: Open for triage", "Raised by: anonymous", "the chairs will decide");

    assertThat(chair("close " + reference + " decline Nobody can tell us more; closed."))
        .isEqualTo(
            "Closed the vote on "
                + reference
                + ": Not for the group. Its reporter is no longer linked to it, so there is"
                + " nobody to tell.");
    assertThat(status(reference)).isEqualTo("DECLINED");
    assertThat(chair("health")).startsWith("All well");
    assertThat(chair("audit " + reference))
        .contains(
            "A former member raised the issue",
            "The vote closed without a decision; the chairs were asked to decide");
  }
}
