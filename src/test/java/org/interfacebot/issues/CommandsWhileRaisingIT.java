package org.interfacebot.issues;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.interfacebot.support.BotConversationTest;
import org.interfacebot.support.FakeBotConnector.Sent;
import org.junit.jupiter.api.Test;

/**
 * A command typed in the middle of raising an issue is not taken as the answer to the question
 * shown, while a sentence that merely starts with a command word is.
 */
class CommandsWhileRaisingIT extends BotConversationTest {

  private static final String GP = "gp1";
  private static final String NAME = "Dr Morag Fraser";
  private static final String NOT_AN_ANSWER =
      "You're in the middle of raising an issue, so I haven't used that as an answer. Answer the"
          + " question below to carry on, or type `cancel` to stop.";
  private static final String ALREADY_RAISING =
      "You're already raising an issue, and I've kept your answers so far. Answer the question"
          + " below to carry on, or type `cancel` to start again.";

  private List<Sent> say(String text) {
    return say(activities.personalMessage(GP, NAME, text));
  }

  private int issues() {
    return jdbc.queryForObject("select count(*) from issue", Integer.class);
  }

  private Map<String, Object> storedIssue() {
    return jdbc.queryForMap("select title, description from issue");
  }

  /** Answers every question from the description on and submits the issue. */
  private void finishAndSubmit() {
    answerAndSubmit(USUAL_ANSWERS);
  }

  /** Answers every question from the theme on and submits the issue. */
  private void finishFromTheThemeAndSubmit() {
    answerAndSubmit(USUAL_ANSWERS.subList(1, USUAL_ANSWERS.size()));
  }

  private void answerAndSubmit(List<String> answers) {
    List<Sent> last = List.of();
    for (String answer : answers) {
      last = say(answer);
    }
    submit(GP, NAME, draftIdOf(last.get(last.size() - 1)));
  }

  @Test
  void aCommandTypedAtTheTitleOrDescriptionIsNotTakenAsTheAnswer() {
    installInTeam();
    say("raise");

    var myIssues = say("my issues");

    assertThat(myIssues).extracting(Sent::text).containsExactly(NOT_AN_ANSWER, titlePrompt());
    assertThat(say("Ward 7 letters lack medication changes").get(0).text())
        .startsWith("**Describe it.**");
    for (String command :
        List.of(
            "status IF-" + YEAR + "-0001",
            "my data",
            "privacy",
            "forget me",
            "shadowing offer",
            "close IF-" + YEAR + "-0001 discuss",
            "My Issues")) {
      assertThat(say(command))
          .as(command)
          .extracting(Sent::text)
          .containsExactly(NOT_AN_ANSWER, descriptionPrompt());
    }
    assertThat(issues()).isZero();

    finishAndSubmit();

    assertThat(storedIssue())
        .containsEntry("TITLE", "Ward 7 letters lack medication changes")
        .containsEntry("DESCRIPTION", USUAL_ANSWERS.get(0));
  }

  @Test
  void aCommandTypedAtAChoiceOrTheConfirmationKeepsThatStepOnScreen() {
    installInTeam();
    say("raise");
    say("Referral bounced without reason");
    say("The referral came back with no reason given");

    var atTheme = say("my issues");

    assertThat(atTheme.get(0).text()).isEqualTo(NOT_AN_ANSWER);
    assertThat(atTheme.get(1).cardText()).contains("Which theme does it belong to?", "[Other]");
    List<Sent> confirm = List.of();
    for (String answer : USUAL_ANSWERS.subList(1, USUAL_ANSWERS.size())) {
      confirm = say(answer);
    }

    var atConfirmation = say("privacy");

    assertThat(atConfirmation.get(0).text()).isEqualTo(NOT_AN_ANSWER);
    assertThat(atConfirmation.get(1).cardText())
        .contains("Title: Referral bounced without reason", "[Submit]");
    assertThat(issues()).isZero();
    submit(GP, NAME, draftIdOf(confirm.get(confirm.size() - 1)));
    assertThat(storedIssue()).containsEntry("TITLE", "Referral bounced without reason");
  }

  @Test
  void aCommandWithItsArgumentsIsNotTakenAsTheAnswer() {
    installInTeam();
    say("raise");
    String minutes = "https://nhs.sharepoint.com/sites/interface/minutes.docx";
    String meeting = "Prescribing on 14 January " + (YEAR + 1);

    for (String command :
        List.of(
            "stats " + YEAR,
            "Stats last 6 months",
            "minutes " + minutes,
            "minutes " + minutes + " for 14/01/" + YEAR,
            "minutes status",
            "theme " + meeting,
            "theme replace " + meeting + " at 13:00 Seminar room 2",
            "close IF-" + YEAR + "-0042 decline duplicate",
            "chair remove",
            "settings quorum 4",
            "settings digest friday 14:00",
            "agenda add IF-" + YEAR + "-0042",
            "network add GP subgroup")) {
      assertThat(say(command))
          .as(command)
          .extracting(Sent::text)
          .containsExactly(NOT_AN_ANSWER, titlePrompt());
    }
    var mention = activities.personalMessage(GP, NAME, "chair add <at>Dr Iain Reid</at>");
    mention
        .putArray("entities")
        .addObject()
        .put("type", "mention")
        .put("text", "<at>Dr Iain Reid</at>")
        .putObject("mentioned")
        .put("id", "29:gp3")
        .put("name", "Dr Iain Reid");
    assertThat(say(mention)).extracting(Sent::text).containsExactly(NOT_AN_ANSWER, titlePrompt());

    assertThat(jdbc.queryForObject("select count(*) from meeting", Integer.class)).isZero();
    assertThat(say("Ward 7 letters lack medication changes").get(0).text())
        .startsWith("**Describe it.**");
  }

  @Test
  void sentencesThatStartWithACommandWordAndItsArgumentWordAreAnswers() {
    installInTeam();
    say("raise");

    for (String sentence :
        List.of(
            "minutes of the ward round are never sent",
            "theme is prescribing",
            "theme prescribing on wards is unclear",
            "stats are not kept for discharge letters",
            "settings of the letter template hide stopped medicines",
            "chair of the ward meeting is never told",
            "agenda items from GPs are lost",
            "network address for referrals is wrong",
            "close to the discharge date letters are rushed")) {
      assertThat(say(sentence).get(0).text()).as(sentence).startsWith("**Describe it.**");
      assertThat(say("back")).extracting(Sent::text).containsExactly(titlePrompt());
    }
    say("minutes of the ward round are never sent");
    finishAndSubmit();

    assertThat(storedIssue()).containsEntry("TITLE", "minutes of the ward round are never sent");
  }

  @Test
  void sentencesThatStartWithACommandWordAreAnswers() {
    installInTeam();
    say("raise");

    assertThat(say("my issues with discharge letters").get(0).text())
        .startsWith("**Describe it.**");
    assertThat(say("status of referrals is unclear").get(0).cardText())
        .contains("Which theme does it belong to?");
    finishFromTheThemeAndSubmit();

    assertThat(storedIssue())
        .containsEntry("TITLE", "my issues with discharge letters")
        .containsEntry("DESCRIPTION", "status of referrals is unclear");
  }

  @Test
  void helpShowsHelpButASentenceThatStartsWithHelpIsAnAnswer() {
    installInTeam();
    say("raise");

    var help = say("help");
    assertThat(help.get(0).text()).startsWith("I'm Interface Bot.");
    assertThat(help.get(help.size() - 1).text()).startsWith("You're in the middle of raising");
    assertThat(say("Help needed with discharge letters").get(0).text())
        .startsWith("**Describe it.**");
    assertThat(say("help from pharmacy is never asked for").get(0).cardText())
        .contains("Which theme does it belong to?");
    finishFromTheThemeAndSubmit();

    assertThat(storedIssue())
        .containsEntry("TITLE", "Help needed with discharge letters")
        .containsEntry("DESCRIPTION", "help from pharmacy is never asked for");
  }

  @Test
  void aCommandWordFollowedByAPatientIdentifierIsStillRefused() {
    installInTeam();
    say("raise");

    var refused = say("status 943 476 5919");

    assertThat(refused.get(0).text()).startsWith("Your title seems to contain an NHS number.");
    assertThat(connector.sent()).extracting(Sent::text).noneMatch(t -> t.contains("5919"));
    assertThat(issues()).isZero();
  }

  @Test
  void typingRaiseAgainSaysSoAndKeepsTheAnswersGivenSoFar() {
    installInTeam();
    say("raise");
    say("Referral bounced without reason");

    var again = say("raise");

    assertThat(again).extracting(Sent::text).containsExactly(ALREADY_RAISING, descriptionPrompt());
    assertThat(say("raise form")).extracting(Sent::text).startsWith(ALREADY_RAISING);
    finishAndSubmit();
    assertThat(storedIssue()).containsEntry("TITLE", "Referral bounced without reason");
  }

  @Test
  void cancelAfterTypingRaiseAgainStartsAFreshIssue() {
    installInTeam();
    say("raise");
    say("Referral bounced without reason");
    say("raise");

    assertThat(say("cancel").get(0).text()).startsWith("Cancelled: nothing has been raised");
    assertThat(say("raise")).extracting(Sent::text).contains(titlePrompt());
  }

  @Test
  void cancelAndBackWithAFullStopAreTheWordsNotAnswers() {
    installInTeam();
    say("raise");
    say("Referral bounced without reason");
    assertThat(say("Back.")).extracting(Sent::text).contains(titlePrompt());
    assertThat(say("Cancel.").get(0).text()).startsWith("Cancelled: nothing has been raised");
    assertThat(issues()).isZero();
    assertThat(say("raise")).extracting(Sent::text).contains(titlePrompt());
  }

  private static String titlePrompt() {
    return "**What happened?** Give the issue a short title (up to 120 characters).";
  }

  private static String descriptionPrompt() {
    return "**Describe it.** What happened where patients move between GP and hospital care, and"
        + " why it matters (up to 2,000 characters).";
  }

  @Test
  void aCommandTypedWhenOnlyOfferedToRaiseTurnsTheOfferDownAndRuns() {
    installInTeam();
    assertThat(say("Discharge letters from ward 7 have no medication changes").get(0).cardText())
        .contains("That sounds like an interface issue");

    List<Sent> replies = say("my issues");

    assertThat(replies).hasSize(1);
    assertThat(replies.get(0).text() + replies.get(0).cardText())
        .doesNotContain("middle of raising", "That sounds like");
    assertThat(say("yes").get(0).text()).doesNotContain("What happened");
    assertThat(issues()).isZero();
  }
}
