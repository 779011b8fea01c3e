package org.interfacebot.consultations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.interfacebot.support.Activities;
import org.interfacebot.support.BotConversationTest;
import org.interfacebot.support.CardText;
import org.interfacebot.support.FakeBotConnector.Sent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A member who asks to be forgotten while a sense-check is open, and answers it again once back in
 * the channel, is counted once: their earlier answer to it is withdrawn, as a vote still open is.
 * An answer to a sense-check already closed stays for the group, no longer linked to them.
 */
class SenseCheckForgetMeIT extends BotConversationTest {

  private static final String LINK =
      "https://nhsscotland.sharepoint.com/sites/interface/discharge-template.docx";

  @Autowired ConsultationSchedule schedule;

  private Response answer(String member, String verdict, String comment) {
    long id = jdbc.queryForObject("select max(id) from consultation", Long.class);
    var data = Activities.data().put("consultation", id).put("verdict", verdict);
    if (comment != null) {
      data.put("comment", comment);
    }
    return clickInChannel(member, "consultations.answer", data);
  }

  private String forget(String user) {
    say(activities.personalMessage(user, "Dr " + user, "forget me"));
    return say(activities.personalMessage(user, "Dr " + user, "yes")).get(0).text();
  }

  @Test
  void anAnswerGivenAgainAfterForgetMeIsCountedOnceInTheSummary() {
    installInTeam();
    chair("sense-check New discharge letter template " + LINK);
    answer("gp1", "good", null);
    answer("gp2", "concerns", "The medication changes should come first.");

    assertThat(forget("gp2"))
        .contains("1 answer to a sense-check still open is withdrawn: you can answer it again");
    // Back in the channel, gp2 answers the same sense-check again.
    assertThat(CardText.of(answer("gp2", "good", null).json().path("value")))
        .contains("Your answer: Looks good.");
    assertThat(jdbc.queryForObject("select count(*) from consultation_answer", Integer.class))
        .isEqualTo(2);

    clock.advance(Duration.ofDays(15));
    schedule.run();
    Sent summary =
        awaitSent(
            s ->
                s.conversationId().equals(Activities.personalConversation("chair"))
                    && s.hasCard()
                    && s.cardText().contains("Sense-check summary"));
    assertThat(summary.cardText())
        .contains("Looks good: 2. Concerns: 0.")
        .doesNotContain("The medication changes should come first.");
  }

  @Test
  void anAnswerToAClosedSenseCheckStaysForTheGroupWithoutTheName() {
    installInTeam();
    chair("sense-check New discharge letter template " + LINK);
    answer("gp2", "concerns", "The medication changes should come first.");
    clock.advance(Duration.ofDays(15));
    schedule.run();

    assertThat(forget("gp2"))
        .contains("1 sense-check answer or sense-check you started is kept for the group");
    assertThat(jdbc.queryForMap("select person_key, person_name, comment from consultation_answer"))
        .containsEntry("PERSON_NAME", null)
        .containsEntry("COMMENT", "The medication changes should come first.");
    assertThat(jdbc.queryForObject("select person_key from consultation_answer", String.class))
        .startsWith("gone:");
  }
}
