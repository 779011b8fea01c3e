package org.interfacebot.consultations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.interfacebot.support.Activities;
import org.interfacebot.support.BotConversationTest;
import org.interfacebot.support.CardText;
import org.interfacebot.support.FakeBotConnector.Sent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SenseCheckIT extends BotConversationTest {

  private static final String LINK =
      "https://nhsscotland.sharepoint.com/sites/interface/discharge-template.docx";

  @Autowired ConsultationSchedule schedule;

  private long consultationId() {
    return jdbc.queryForObject("select id from consultation", Long.class);
  }

  private int consultations() {
    return jdbc.queryForObject("select count(*) from consultation", Integer.class);
  }

  private int answers() {
    return jdbc.queryForObject("select count(*) from consultation_answer", Integer.class);
  }

  private Response answer(String member, String verdict, String comment) {
    var data = Activities.data().put("consultation", consultationId()).put("verdict", verdict);
    if (comment != null) {
      data.put("comment", comment);
    }
    return clickInChannel(member, "consultations.answer", data);
  }

  private static String cardText(Response response) {
    return CardText.of(response.json().path("value"));
  }

  @Test
  void membersAnswerUntilTheDeadline_thenTheChairsGetASummaryAndTheCardShowsClosed() {
    installInTeam();
    String reply = chair("sense-check New discharge letter template " + LINK);

    assertThat(reply)
        .startsWith(
            "I've posted the sense-check of **New discharge letter template** for the members."
                + " You gave no deadline, so I chose ");
    Sent card =
        awaitSent(
            s ->
                s.conversationId().equals(Activities.CHANNEL)
                    && s.hasCard()
                    && s.cardText().contains("Sense-check: New discharge letter template"));
    assertThat(card.cardText())
        .contains(
            "Please say whether this looks good or raises concerns by",
            "[Looks good]",
            "[Concerns]");
    assertThat(card.card().toString()).contains(LINK);

    assertThat(cardText(answer("gp1", "good", null)))
        .contains("Your answer: Looks good. You can change it until the deadline.");
    assertThat(cardText(answer("gp2", "concerns", "The medication changes should come first.")))
        .contains("Your answer: Concerns.");
    assertThat(cardText(answer("gp3", "good", "Clear and short."))).contains("Looks good");
    // gp1 changes their mind before the deadline: still one answer each.
    assertThat(cardText(answer("gp1", "concerns", "Too long for a busy ward round.")))
        .contains("Your answer: Concerns.");
    assertThat(answers()).isEqualTo(3);

    clock.advance(Duration.ofDays(15));
    assertThat(cardText(answer("gp4", "good", null)))
        .contains("This sense-check has closed, so your answer was not recorded.");
    schedule.run();
    schedule.run();

    Sent summary =
        awaitSent(
            s ->
                s.conversationId().equals(Activities.personalConversation("chair"))
                    && s.hasCard()
                    && s.cardText().contains("Sense-check summary"));
    assertThat(summary.cardText())
        .contains(
            "Sense-check summary: New discharge letter template",
            "Looks good: 1. Concerns: 2.",
            "gp2: The medication changes should come first.",
            "gp1: Too long for a busy ward round.",
            "Other comments",
            "gp3: Clear and short.");
    Sent closed =
        awaitSent(
            s -> s.method().equals("PUT") && s.hasCard() && s.cardText().contains("Closed on "));
    assertThat(closed.activityId()).isEqualTo(card.activityId());
    assertThat(closed.cardText())
        .contains("Looks good: 1. Concerns: 2.")
        .doesNotContain("[Looks good]");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from consultation where closed_at is not null", Integer.class))
        .isEqualTo(1);
    assertThat(
            connector.sent().stream()
                .filter(s -> s.hasCard() && s.cardText().contains("Sense-check summary"))
                .count())
        .isEqualTo(1);
  }

  @Test
  void theDeadlineCanBeGivenAsAUkDate() {
    installInTeam();
    int year = YEAR + 1;
    assertThat(chair("sense-check Referral form v2 " + LINK + " by 14/01/" + year))
        .contains("Answers close on " + dayOf(year) + " 14 January " + year + " at 23:59;");
    assertThat(
            jdbc.queryForObject("select deadline from consultation", java.time.OffsetDateTime.class)
                .toInstant())
        .isEqualTo(
            java.time.ZonedDateTime.of(year, 1, 14, 23, 59, 0, 0, SenseCheckReader.UK).toInstant());
  }

  @Test
  void withoutADateAnswersCloseAtTheEndOfTheDayTwoWeeksAhead_andTheReplySaysWhen() {
    installInTeam();
    var day = clock.instant().atZone(SenseCheckReader.UK).toLocalDate().plusDays(14);
    String reply = chair("sense-check Referral form v2 " + LINK);

    var deadline =
        java.time.ZonedDateTime.of(day, java.time.LocalTime.of(23, 59), SenseCheckReader.UK);
    assertThat(reply)
        .isEqualTo(
            "I've posted the sense-check of **Referral form v2** for the members. You gave no"
                + " deadline, so I chose "
                + java.time.format.DateTimeFormatter.ofPattern(
                        "EEEE d MMMM yyyy 'at' HH:mm", java.util.Locale.UK)
                    .format(deadline)
                + ": answers close then, and the chairs get a summary. Next time you can choose"
                + " it by adding e.g. `by 14/01/2027` after the link.");
    assertThat(
            jdbc.queryForObject("select deadline from consultation", java.time.OffsetDateTime.class)
                .toInstant())
        .isEqualTo(deadline.toInstant());
  }

  @Test
  void linksWithCredentialsPatientIdentifiersOrTooLongAreRefusedAndNothingIsPosted() {
    installInTeam();
    assertThat(chair("sense-check Template https://ann:secret@nhsscotland.sharepoint.com/t.docx"))
        .isEqualTo(
            "That link has a user name or password in it (before the @). Please give the link"
                + " without them: I have not kept it. Nothing was posted.");
    assertThat(
            chair(
                "sense-check Template"
                    + " https://nhsscotland.sharepoint.com/sites/i/letter-943-476-5919.docx"))
        .startsWith("That link seems to contain an NHS number.")
        .endsWith("I have not kept the link. Nothing was posted.")
        .doesNotContain("943");
    assertThat(chair("sense-check Template " + LINK + "?x=" + "a".repeat(1000)))
        .startsWith("That link is longer than 1,000 characters.")
        .endsWith("Nothing was posted.");
    assertThat(consultations()).isZero();
    assertThat(connector.sent().stream().filter(s -> s.hasCard())).isEmpty();
  }

  private static String dayOf(int year) {
    return java.time.LocalDate.of(year, 1, 14)
        .getDayOfWeek()
        .getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK);
  }

  @Test
  void badSenseChecksAreRefusedAndNothingIsPosted() {
    installInTeam();
    assertThat(
            say(activities.channelMention("gp1", "Dr gp1", "sense-check Template " + LINK))
                .get(0)
                .text())
        .isEqualTo(
            "Only a chair of the group can start a sense-check. Type `chairs` to see who they are.");
    assertThat(chair("sense-check New template"))
        .startsWith("Please write `sense-check <title> https://… [by 14/01/2027]`")
        .endsWith("Nothing was posted.");
    assertThat(chair("sense-check " + LINK)).startsWith("Please give the process a title");
    assertThat(chair("sense-check Template http://nhsscotland.sharepoint.com/t.docx"))
        .isEqualTo("Links must start with https://, so they open securely. Nothing was posted.");
    assertThat(chair("sense-check Template https://evil.example.com/t.docx"))
        .contains("evil.example.com is not one of them. Nothing was posted.");
    assertThat(chair("sense-check Template " + LINK + " by 01/01/2020"))
        .startsWith("That date is in the past.");
    assertThat(chair("sense-check Template " + LINK + " by next Tuesday"))
        .startsWith("I couldn't read that date.");
    assertThat(chair("sense-check Template for CHI 943 476 5919 " + LINK))
        .doesNotContain("943 476 5919");
    assertThat(
            say(activities.personalMessage("chair", "Dr Ann Law", "sense-check Template " + LINK))
                .get(0)
                .text())
        .contains("sense-check");
    assertThat(consultations()).isZero();
    assertThat(connector.sent().stream().filter(s -> s.hasCard())).isEmpty();
  }

  @Test
  void nonMembersUnknownAnswersAndIdentifiersInCommentsAreRefused() {
    installInTeam();
    chair("sense-check New discharge letter template " + LINK);

    assertThat(cardText(answer("stranger", "good", null)))
        .contains("Only members of the Interface Group's team can answer a sense-check");
    assertThat(cardText(answer("gp1", "maybe", null))).contains("That answer is not one I know");
    assertThat(cardText(answer("gp1", "concerns", "  ")))
        .contains("Please write your concerns in the comment box");
    String refused = cardText(answer("gp1", "concerns", "Patient CHI 943 476 5919 was missed"));
    assertThat(refused).doesNotContain("943 476 5919");
    assertThat(
            cardText(
                clickInChannel(
                    "gp1",
                    "consultations.answer",
                    Activities.data().put("consultation", 999999).put("verdict", "good"))))
        .contains("I can't find that sense-check in this group");
    assertThat(answers()).isZero();
  }

  @Test
  void someoneInTheTeamButOffTheMemberListIsLookedUpAndTheirAnswerRecorded() {
    installInTeam();
    chair("sense-check New discharge letter template " + LINK);
    say(activities.personalMessage("gp2", "Dr gp2", "forget me"));
    say(activities.personalMessage("gp2", "Dr gp2", "yes"));
    String onTheList = "select count(*) from group_member where person_key = 'aad-gp2'";
    assertThat(jdbc.queryForObject(onTheList, Integer.class)).isZero();

    assertThat(cardText(answer("gp2", "good", null)))
        .contains("Your answer: Looks good. You can change it until the deadline.");
    assertThat(answers()).isEqualTo(1);
    assertThat(jdbc.queryForObject(onTheList, Integer.class)).isOne();
    assertThat(cardText(answer("stranger", "good", null)))
        .isEqualTo(
            "Only members of the Interface Group's team can answer a sense-check, and Teams did not"
                + " confirm that you are in the team, so your answer was not recorded. If you are"
                + " in it, Teams may have been busy: try again in a few minutes. If you are not,"
                + " ask a chair about joining it.");
    assertThat(answers()).isEqualTo(1);
  }
}
