package org.interfacebot.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.interfacebot.support.Activities;
import org.interfacebot.support.BotConversationTest;
import org.interfacebot.support.CardText;
import org.interfacebot.support.FakeBotConnector.Sent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A reporter may never answer a request for more information: after a week they are reminded once,
 * {@code health} shows the chairs the issue, and the chairs can decide without the answer.
 */
class DecidingWithoutTheAnswerIT extends BotConversationTest {

  private static final String GP1 = Activities.personalConversation("gp1");

  @Autowired TriageSchedule schedule;

  private List<Sent> remindersTo(String conversation) {
    return connector.sent().stream()
        .filter(s -> s.conversationId().equals(conversation) && s.text().startsWith("Reminder:"))
        .toList();
  }

  private String gp1(String text) {
    return say(activities.personalMessage("gp1", "Dr Morag Fraser", text)).get(0).text();
  }

  @Test
  void aChairDeclinesAnIssueWhoseReporterNeverAnswered() {
    String reference = raiseOne();
    chair("close " + reference + " more-info Which wards does this affect?");
    assertThat(status()).isEqualTo("MORE_INFO_NEEDED");

    assertThat(chair("close " + reference + " more-info Still waiting"))
        .isEqualTo("The vote on " + reference + " has already been decided.");
    assertThat(chair("close " + reference + " decline No answer came; please raise it again."))
        .isEqualTo(
            "Closed the vote on " + reference + ": Not for the group. I've told the reporter.");

    assertThat(status()).isEqualTo("DECLINED");
    assertThat(
            awaitSent(s -> s.conversationId().equals(GP1) && s.text().contains("No answer came"))
                .text())
        .contains(reference);
    var late =
        clickIn1to1(
            "gp1",
            "Dr Morag Fraser",
            "triage.moreinfo",
            Activities.data().put("issue", reference).put("answer", "Wards 7 and 9."));
    assertThat(CardText.of(late.json().path("value")))
        .contains("The group isn't waiting for more information on " + reference);
    assertThat(jdbc.queryForObject("select count(*) from issue_note", Integer.class)).isZero();
    clock.advance(Duration.ofDays(8));
    schedule.run();
    awaitEveryDeliveryMade(Duration.ofSeconds(10));
    assertThat(remindersTo(GP1)).as("decided without the answer: nothing to remind").isEmpty();
  }

  @Test
  void aReporterWhoHasNotAnsweredForAWeekIsRemindedOnceAndHealthShowsTheChairs() {
    String reference = raiseOne();
    chair("close " + reference + " more-info Which wards does this affect?");
    awaitSent(s -> s.conversationId().equals(GP1) && s.cardText().contains("needs more info"));

    clock.advance(Duration.ofDays(6));
    schedule.run();
    assertThat(chair("health")).startsWith("All well");

    clock.advance(Duration.ofDays(1).plusMinutes(1));
    schedule.run();
    Sent reminder = awaitSent(s -> s.conversationId().equals(GP1) && s.text().startsWith("Rem"));
    assertThat(reminder.text())
        .isEqualTo(
            "Reminder: the group is still waiting for the more information it asked you for about **"
                + reference
                + "** (Results sent to the wrong GP). You can answer on the card below. If you"
                + " have nothing to add, there's no need to reply: the chairs can decide without"
                + " it.");
    assertThat(reminder.cardText())
        .contains("The group needs more information about " + reference, "[Send to the group]");
    assertThat(chair("health"))
        .contains(
            "- Waiting 7 days or more for the reporter's more information (they are reminded"
                + " once; decide without it with `close <reference> discuss|refer|decline"
                + " [reason]`): "
                + reference);

    clock.advance(Duration.ofDays(7));
    schedule.run();
    schedule.run();
    awaitEveryDeliveryMade(Duration.ofSeconds(10));
    assertThat(remindersTo(GP1)).as("reminded once, not at every run").hasSize(1);

    clickIn1to1(
        "gp1",
        "Dr Morag Fraser",
        "triage.moreinfo",
        Activities.data().put("issue", reference).put("answer", "Wards 7 and 9."));
    assertThat(chair("health")).startsWith("All well");

    // Asked again after the reopened vote: a new request, with a reminder of its own.
    chair("close " + reference + " more-info Which months?");
    clock.advance(Duration.ofDays(7).plusMinutes(1));
    schedule.run();
    awaitEveryDeliveryMade(Duration.ofSeconds(10));
    assertThat(remindersTo(GP1)).hasSize(2);
  }

  @Test
  void aReporterWhoAskedToBeForgottenIsNotReminded() {
    String reference = raiseOne();
    chair("close " + reference + " more-info Which wards does this affect?");
    gp1("forget me");
    gp1("yes");

    clock.advance(Duration.ofDays(8));
    schedule.run();
    awaitEveryDeliveryMade(Duration.ofSeconds(10));

    assertThat(remindersTo(GP1)).isEmpty();
    assertThat(chair("health"))
        .contains("Votes waiting for the chairs' decision: " + reference)
        .doesNotContain("reporter's more information");
  }
}
