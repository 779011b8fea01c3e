package org.interfacebot.issues;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.interfacebot.support.Activities;
import org.interfacebot.support.BotConversationTest;
import org.interfacebot.support.CardText;
import org.interfacebot.support.FakeBotConnector.Sent;
import org.junit.jupiter.api.Test;

class RaiseIssueIT extends BotConversationTest {

  private static final String GP = "gp1";
  private static final String NAME = "Dr Morag Fraser";

  private java.util.List<Sent> say(String text) {
    return say(activities.personalMessage(GP, NAME, text));
  }

  private int issues() {
    return jdbc.queryForObject("select count(*) from issue", Integer.class);
  }

  @Test
  void theGuidedConversationAsksEveryQuestionAndRaisesTheIssue() {
    installInTeam();

    assertThat(say("raise")).extracting(Sent::text).anyMatch(t -> t.contains("What happened?"));
    assertThat(say("Ward 7 letters lack medication changes").get(0).text()).contains("Describe it");
    var theme = say("Letters list discharge medicines only.");
    assertThat(theme.get(0).cardText())
        .contains(
            "Which theme does it belong to?", "[Prescribing]", "[Discharge planning]", "[Other]");
    var direction =
        say(
            activities.personalSubmit(
                GP, NAME, Activities.data().put("answer", "Discharge planning")));
    assertThat(direction.get(0).cardText())
        .contains(
            "Which way across the interface?", "[Secondary to primary care]", "[Out of hours]");
    assertThat(say("Secondary to primary care").get(0).cardText())
        .contains(
            "How do you know about it?",
            "[Significant event analysis]",
            "[Patient feedback or complaint]");
    assertThat(say("Significant event analysis").get(0).cardText())
        .contains("impact on patients", "[None or near miss]", "[Severe]");
    assertThat(say("Moderate").get(0).cardText())
        .contains("How often", "[Once]", "[Occasionally]", "[Often]");
    assertThat(say("Often").get(0).text()).contains("What would fix it?", "`skip`");
    assertThat(say("A medication changes section in the template").get(0).cardText())
        .contains("May the group see your name", "[Yes, show my name]", "[No, keep me anonymous]");
    var confirm = say("Yes, show my name");

    assertThat(confirm.get(0).cardText())
        .contains(
            "Check your issue before it goes to Grampian Interface Group",
            "Title: Ward 7 letters lack medication changes",
            "Theme: Discharge planning",
            "Direction: Secondary to primary care",
            "Source: Significant event analysis",
            "Impact on patients: Moderate",
            "How often: Often",
            "Suggested improvement: A medication changes section in the template",
            "Your name will be shown",
            "[Submit]",
            "[Edit]",
            "[Cancel]")
        .doesNotContain("Is it one of these?");

    var submitted = submit(GP, NAME, draftIdOf(confirm.get(0)));

    assertThat(CardText.of(submitted.json().path("value")))
        .contains("Raised: IF-" + YEAR + "-0001", "Sent to: Grampian Interface Group");
    Sent thanks =
        awaitSent(s -> s.text().startsWith("Thank you. Your issue is **IF-" + YEAR + "-0001**"));
    assertThat(thanks.conversationId()).isEqualTo(Activities.personalConversation(GP));
    assertThat(thanks.text())
        .isEqualTo(
            "Thank you. Your issue is **IF-"
                + YEAR
                + "-0001**. I've posted it to Grampian Interface Group for triage and I'll tell you"
                + " here what the group decides. Type `status IF-"
                + YEAR
                + "-0001` at any time to see where it is.");
    assertThat(
            jdbc.queryForMap(
                "select reference, category, direction, source, impact, frequency, suggestion,"
                    + " show_name, reporter_name, status from issue"))
        .containsEntry("REFERENCE", "IF-" + YEAR + "-0001")
        .containsEntry("CATEGORY", "DISCHARGE_PLANNING")
        .containsEntry("DIRECTION", "SECONDARY_TO_PRIMARY")
        .containsEntry("SOURCE", "SIGNIFICANT_EVENT_ANALYSIS")
        .containsEntry("IMPACT", "MODERATE")
        .containsEntry("FREQUENCY", "OFTEN")
        .containsEntry("SUGGESTION", "A medication changes section in the template")
        .containsEntry("SHOW_NAME", true)
        .containsEntry("REPORTER_NAME", NAME)
        .containsEntry("STATUS", "OPEN_FOR_TRIAGE");
    Sent triageCard = awaitSent(s -> s.conversationId().equals(Activities.CHANNEL) && s.hasCard());
    assertThat(triageCard.cardText())
        .contains(
            "IF-" + YEAR + "-0001: Ward 7 letters lack medication changes",
            "Direction: Secondary to primary care",
            "Impact on patients: Moderate",
            "Raised by: Dr Morag Fraser",
            "Similar reports: 0",
            "[Discuss at group]",
            "[Not for the group]");
    assertThat(triageCard.card().toString()).contains("\"verb\":\"triage.vote\"");
  }

  @Test
  void anAnonymousReporterIsNotNamedToTheGroupAndTheirNameIsNotKept() {
    installInTeam();
    say("raise");
    say("Referral bounced without reason");
    for (String answer : USUAL_ANSWERS.subList(0, 7)) {
      say(answer);
    }
    var confirm = say("no");
    assertThat(confirm.get(0).cardText()).contains("You will be anonymous to the group");

    submit(GP, NAME, draftIdOf(confirm.get(0)));

    assertThat(jdbc.queryForMap("select show_name, reporter_name, reporter_key from issue"))
        .containsEntry("SHOW_NAME", false)
        .containsEntry("REPORTER_NAME", null)
        .containsEntry("REPORTER_KEY", "aad-" + GP);
    assertThat(
            awaitSent(s -> s.conversationId().equals(Activities.CHANNEL) && s.hasCard()).cardText())
        .contains("Raised by: anonymous")
        .doesNotContain(NAME);
  }

  @Test
  void backGoesToThePreviousQuestionAndOptionalQuestionsCanBeSkipped() {
    installInTeam();
    say("raise");
    say("A title");
    say("A description");
    say("Prescribing");

    var back = say("back");
    assertThat(back.get(0).cardText()).contains("Which theme does it belong to?");
    say("Referrals");
    for (String answer : USUAL_ANSWERS.subList(2, 8)) {
      say(answer);
    }

    var confirm = connector.sent().get(connector.sent().size() - 1);
    assertThat(confirm.cardText())
        .contains("Theme: Referrals")
        .doesNotContain("Suggested improvement");
  }

  @Test
  void aDoubleClickOrRedeliveredSubmitRaisesOneIssue() {
    installInTeam();
    String draftId =
        draftIssue("gp2", "Dr Ali Khan", "Referral bounced without reason", "Referrals");

    var first = submit("gp2", "Dr Ali Khan", draftId);
    var second = submit("gp2", "Dr Ali Khan", draftId);

    assertThat(first.json().path("value")).isEqualTo(second.json().path("value"));
    assertThat(issues()).isEqualTo(1);
    awaitSent(s -> s.text().startsWith("Thank you"));
    awaitEveryDeliveryMade(Duration.ofSeconds(30));
    assertThat(connector.sent())
        .extracting(Sent::text)
        .filteredOn(t -> t.startsWith("Thank you"))
        .hasSize(1);
  }

  @Test
  void answersAreCheckedBeforeTheyAreKept() {
    installInTeam();
    say("raise");

    assertThat(say("   ").get(0).text()).contains("can't be empty");
    assertThat(say("x".repeat(121)).get(0).text())
        .contains("121 characters long; the limit is 120");
    say("A fine title");
    assertThat(say("d".repeat(2001)).get(0).text())
        .contains("2,001 characters long; the limit is 2,000");
    say("A fine description");
    var unknown = say("Cardiology");
    assertThat(unknown.get(0).text()).contains("didn't recognise that answer");
    assertThat(unknown.get(1).cardText()).contains("[Test results]");
    assertThat(issues()).isZero();
  }

  @Test
  void cancelAndHelpWorkInTheMiddleOfTheDialog() {
    installInTeam();
    say("raise");
    say("A title");

    assertThat(say("help"))
        .extracting(Sent::text)
        .anyMatch(t -> t.contains("middle of raising an issue"));
    assertThat(say("cancel").get(0).text()).startsWith("Cancelled: nothing has been raised");
    assertThat(say("A description").get(0).text()).contains("don't know that command");
    assertThat(issues()).isZero();
  }

  @Test
  void anAbandonedDialogExpiresAfter24Hours() {
    installInTeam();
    say("raise");
    say("A title");

    clock.advance(Duration.ofHours(25));

    assertThat(say("A description").get(0).text()).contains("has expired and was not kept");
    assertThat(say("more text").get(0).text()).contains("don't know that command");
  }

  @Test
  void raisingBeforeTheBotIsInAnyTeamExplainsWhatToDo() {
    assertThat(say("raise").get(0).text())
        .contains("not installed in an Interface Group's team yet");
  }

  @Test
  void myIssuesListsWhatIRaisedWithItsStatus() {
    installInTeam();
    assertThat(say("my issues").get(0).text()).contains("You haven't raised any issues yet");
    String reference = raise(GP, NAME, "Results sent to the wrong GP", "Test results");

    assertThat(say("my issues").get(0).text())
        .contains("**" + reference + "** Results sent to the wrong GP: Open for triage");
  }
}
