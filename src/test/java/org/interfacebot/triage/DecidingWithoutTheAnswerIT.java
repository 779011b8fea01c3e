package org.interfacebot.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.interfacebot.support.Activities;
import org.interfacebot.support.BotConversationTest;
import org.interfacebot.support.CardText;
import org.junit.jupiter.api.Test;

/** A reporter may never answer a request for more information: the chairs can decide without. */
class DecidingWithoutTheAnswerIT extends BotConversationTest {

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
            awaitSent(
                    s ->
                        s.conversationId().equals(Activities.personalConversation("gp1"))
                            && s.text().contains("No answer came"))
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
  }
}
