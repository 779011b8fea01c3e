package org.interfacebot.issues;

import static org.assertj.core.api.Assertions.assertThat;

import org.interfacebot.support.Activities;
import org.interfacebot.support.BotConversationTest;
import org.interfacebot.support.FakeBotConnector.Sent;
import org.junit.jupiter.api.Test;

class RaiseIssueIT extends BotConversationTest {

  @Test
  void raisingAnIssueInA1to1ChatStoresItAndPostsATriageCardInTheChannel() {
    installInTeam();

    var started = say(activities.personalMessage("gp1", "Dr Morag Fraser", "raise"));
    assertThat(started).extracting(Sent::text).anyMatch(t -> t.contains("What happened?"));

    var askDescription =
        say(
            activities.personalMessage(
                "gp1", "Dr Morag Fraser", "Ward 7 letters lack medication changes"));
    assertThat(askDescription.get(0).text()).contains("Describe it");

    var askCategory =
        say(
            activities.personalMessage(
                "gp1", "Dr Morag Fraser", "Letters list discharge medicines only."));
    assertThat(askCategory.get(0).cardText())
        .contains(
            "Which theme does it belong to?", "[Prescribing]", "[Discharge planning]", "[Other]");

    var category = Activities.data().put("answer", "Discharge planning");
    var confirm = say(activities.personalSubmit("gp1", "Dr Morag Fraser", category));
    assertThat(confirm.get(0).cardText())
        .contains(
            "Title: Ward 7 letters lack medication changes",
            "Theme: Discharge planning",
            "Letters list discharge medicines only.",
            "[Submit]",
            "[Cancel]");
    String draftId =
        confirm.get(0).card().path("actions").path(0).path("data").path("draftId").asText();

    var submitted = submit("gp1", "Dr Morag Fraser", draftId);

    assertThat(submitted.status()).isEqualTo(200);
    assertThat(submitted.json().path("type").asText())
        .isEqualTo("application/vnd.microsoft.card.adaptive");
    assertThat(org.interfacebot.support.CardText.of(submitted.json().path("value")))
        .contains("Raised: IF-" + YEAR + "-0001", "Sent to: Grampian Interface Group");
    assertThat(connector.sent())
        .extracting(Sent::text)
        .anyMatch(t -> t.startsWith("Thank you. Your issue is **IF-" + YEAR + "-0001**"));
    assertThat(
            jdbc.queryForMap("select reference, title, category, status, reporter_name from issue"))
        .containsEntry("REFERENCE", "IF-" + YEAR + "-0001")
        .containsEntry("TITLE", "Ward 7 letters lack medication changes")
        .containsEntry("CATEGORY", "DISCHARGE_PLANNING")
        .containsEntry("STATUS", "OPEN_FOR_TRIAGE")
        .containsEntry("REPORTER_NAME", "Dr Morag Fraser");

    Sent triageCard = awaitSent(s -> s.conversationId().equals(Activities.CHANNEL) && s.hasCard());
    assertThat(triageCard.cardText())
        .contains(
            "IF-" + YEAR + "-0001: Ward 7 letters lack medication changes",
            "Theme: Discharge planning",
            "Raised by: Dr Morag Fraser",
            "[Discuss at group]",
            "[Refer to operational group]",
            "[Need more information]",
            "[Not for the group]");
    assertThat(triageCard.card().path("actions").path(0).path("verb").asText())
        .isEqualTo("triage.vote");
  }

  @Test
  void aDoubleClickOrRedeliveredSubmitRaisesOneIssue() {
    installInTeam();
    String draftId =
        draftIssue("gp2", "Dr Ali Khan", "Referral bounced without reason", "Referrals");

    var first = submit("gp2", "Dr Ali Khan", draftId);
    var second = submit("gp2", "Dr Ali Khan", draftId);

    assertThat(first.json().path("value")).isEqualTo(second.json().path("value"));
    assertThat(jdbc.queryForObject("select count(*) from issue", Integer.class)).isEqualTo(1);
    assertThat(connector.sent())
        .extracting(Sent::text)
        .filteredOn(t -> t.startsWith("Thank you"))
        .hasSize(1);
  }

  @Test
  void answersAreCheckedBeforeTheyAreKept() {
    installInTeam();
    say(activities.personalMessage("gp3", "Dr Jo Bell", "raise"));

    var empty = say(activities.personalMessage("gp3", "Dr Jo Bell", "   "));
    assertThat(empty.get(0).text()).contains("can't be empty");

    var tooLong = say(activities.personalMessage("gp3", "Dr Jo Bell", "x".repeat(121)));
    assertThat(tooLong.get(0).text()).contains("121 characters long; the limit is 120");

    say(activities.personalMessage("gp3", "Dr Jo Bell", "A fine title"));
    say(activities.personalMessage("gp3", "Dr Jo Bell", "A fine description"));
    var unknown = say(activities.personalMessage("gp3", "Dr Jo Bell", "Cardiology"));
    assertThat(unknown.get(0).text()).contains("didn't recognise that theme");
    assertThat(unknown.get(1).cardText()).contains("[Test results]");

    assertThat(jdbc.queryForObject("select count(*) from issue", Integer.class)).isZero();
  }

  @Test
  void cancelInTheMiddleOfTheDialogKeepsNothing() {
    installInTeam();
    say(activities.personalMessage("gp4", "Dr Sam Reid", "raise"));
    say(activities.personalMessage("gp4", "Dr Sam Reid", "A title"));

    var help = say(activities.personalMessage("gp4", "Dr Sam Reid", "help"));
    assertThat(help).extracting(Sent::text).anyMatch(t -> t.contains("middle of raising an issue"));

    var cancelled = say(activities.personalMessage("gp4", "Dr Sam Reid", "cancel"));
    assertThat(cancelled.get(0).text()).startsWith("Cancelled: nothing has been raised");

    var afterwards = say(activities.personalMessage("gp4", "Dr Sam Reid", "A description"));
    assertThat(afterwards.get(0).text()).contains("don't know that command");
    assertThat(jdbc.queryForObject("select count(*) from issue", Integer.class)).isZero();
  }

  @Test
  void otherTextWithNoDialogGetsAShortHelpReply() {
    installInTeam();
    var reply = say(activities.personalMessage("gp5", "Dr Ann Law", "what can you do"));
    assertThat(reply.get(0).text()).contains("Type `raise` to raise an interface issue");
  }

  @Test
  void raisingBeforeTheBotIsInAnyTeamExplainsWhatToDo() {
    var reply = say(activities.personalMessage("gp6", "Dr Ian Muir", "raise"));
    assertThat(reply.get(0).text()).contains("not installed in an Interface Group's team yet");
  }
}
