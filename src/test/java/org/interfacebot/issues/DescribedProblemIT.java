package org.interfacebot.issues;

import static org.assertj.core.api.Assertions.assertThat;

import org.interfacebot.support.Activities;
import org.interfacebot.support.BotConversationTest;
import org.interfacebot.support.FakeBotConnector.Sent;
import org.junit.jupiter.api.Test;

/**
 * What a clinician types that is not an answer the dialog expects: a problem described without
 * typing {@code raise} first, and answers that would identify a patient.
 */
class DescribedProblemIT extends BotConversationTest {

  private static final String GP = "gp1";
  private static final String NAME = "Dr Morag Fraser";

  private java.util.List<Sent> say(String text) {
    return say(activities.personalMessage(GP, NAME, text));
  }

  @Test
  void anAnswerWithAPatientIdentifierIsRefusedNamingTheFieldAndIsNeitherKeptNorEchoed() {
    installInTeam();
    say("raise");

    var refused = say("Letter for 943 476 5919 was lost");

    assertThat(refused.get(0).text())
        .isEqualTo(
            "Your title seems to contain an NHS number. Please rephrase it in general terms, without"
                + " anything that could identify a patient: I have not kept what you wrote.");
    assertThat(connector.sent()).extracting(Sent::text).noneMatch(t -> t.contains("5919"));
    assertThat(jdbc.queryForList("select content from bot_state", String.class))
        .noneMatch(c -> c.contains("5919"));
    assertThat(say("Letters lost between wards").get(0).text()).contains("Describe it");
    var dob = say("Seen by FY1, DOB 12/03/1956, no letter sent");
    assertThat(dob.get(0).text()).startsWith("Your description seems to contain a date of birth.");
  }

  @Test
  void anNhsNumberWrittenWithDotsOrSlashesIsRefusedAndNeitherKeptNorEchoed() {
    installInTeam();
    say("raise");

    var dotted = say("Letter for 943.476.5919 was lost");
    var slashed = say("Letter for 943/476/5919 was lost");

    for (var refused : java.util.List.of(dotted, slashed)) {
      assertThat(refused.get(0).text())
          .startsWith("Your title seems to contain an NHS number. Please rephrase it");
    }
    assertThat(connector.sent()).extracting(Sent::text).noneMatch(t -> t.contains("5919"));
    assertThat(jdbc.queryForList("select content from bot_state", String.class))
        .noneMatch(c -> c.contains("5919"));
    assertThat(say("Letter sent on 12/03/2027 was lost").get(0).text()).contains("Describe it");
  }

  @Test
  void aMistypedChiNumberIsRefusedLikeAValidOneAndIsNeitherKeptNorEchoed() {
    installInTeam();
    say("raise");
    say("Referrals bounced back");
    say("Bounced three times in a month.");
    say(activities.personalSubmit(GP, NAME, Activities.data().put("answer", "Discharge planning")));
    say("Secondary to primary care");
    say("Significant event analysis");
    say("Moderate");
    say("Often");

    // 12/03/54 then a wrong check digit: the valid CHI number would end in 6.
    var refused = say("patient CHI 1203541234 affected");

    assertThat(refused.get(0).text())
        .isEqualTo(
            "Your suggestion seems to contain a number starting with a date of birth (like a CHI"
                + " number). Please rephrase it in general terms, without anything that could"
                + " identify a patient: I have not kept what you wrote.");
    assertThat(connector.sent()).extracting(Sent::text).noneMatch(t -> t.contains("120354"));
    assertThat(jdbc.queryForList("select content from bot_state", String.class))
        .noneMatch(c -> c.contains("120354"));
    assertThat(say("patient CHI 1203541236 affected").get(0).text())
        .startsWith("Your suggestion seems to contain a CHI number.");
    assertThat(say("A shared referral checklist").get(0).cardText())
        .contains("May the group see your name");
  }

  @Test
  void aProblemDescribedStraightAwayIsOfferedAsANewIssueWithThatDescription() {
    installInTeam();

    var offer = say("Discharge letters from ward 7 have no medication changes");

    assertThat(offer.get(0).cardText())
        .contains("That sounds like an interface issue", "[Yes, start an issue]", "[No thanks]");
    var started = say(activities.personalSubmit(GP, NAME, Activities.data().put("answer", "yes")));
    assertThat(started).extracting(Sent::text).anyMatch(t -> t.contains("What happened?"));
    var next = say("Ward 7 letters");
    assertThat(next.get(0).cardText()).contains("Which theme does it belong to?");
    for (String answer : USUAL_ANSWERS.subList(1, 8)) {
      say(answer);
    }
    var confirm = connector.sent().get(connector.sent().size() - 1);
    assertThat(confirm.cardText())
        .contains("Discharge letters from ward 7 have no medication changes");
  }

  /** Before the bot is in any group's team (or after it was removed from it). */
  @Test
  void aProblemDescribedWhileThereIsNoGroupIsToldThereIsNowhereToRaiseIt() {
    var answer = say("Discharge letters from ward 7 have no medication changes");

    assertThat(answer)
        .extracting(Sent::text)
        .containsExactly(
            "I'm not installed in an Interface Group's team yet, so there is nowhere to raise an"
                + " issue. Please ask your group's chair to add me to the group's team.");
    assertThat(jdbc.queryForObject("select count(*) from bot_state", Integer.class)).isZero();
  }

  @Test
  void anAnswerToTheOfferThatOnlyStartsWithYesDoesNotStartRaising() {
    installInTeam();
    say("Discharge letters from ward 7 have no medication changes");

    var answer = say("yesterday the same happened on ward 9");

    assertThat(answer.get(0).text()).startsWith("No problem: I haven't kept what you wrote.");
    assertThat(jdbc.queryForObject("select count(*) from bot_state", Integer.class)).isZero();
    assertThat(say("Yes, please").get(0).text()).doesNotContain("What happened?");
  }

  @Test
  void aDescribedProblemWithAPatientIdentifierIsNotOfferedNorKept() {
    installInTeam();

    var refused = say("Patient 0101561008 waited three weeks for a letter");

    assertThat(refused.get(0).text()).contains("seems to contain").doesNotContain("0101561008");
    assertThat(jdbc.queryForList("select content from bot_state", String.class))
        .noneMatch(c -> c.contains("0101561008") || c.contains("waited three weeks"));
  }

  @Test
  void aLongGreetingIsGreetedButADescriptionThatStartsWithOneIsOfferedAsAnIssue() {
    installInTeam();

    for (String greeting :
        java.util.List.of(
            "good morning there interface bot", "hello, hope you are well", "Thanks very much")) {
      var replies = say(greeting);
      assertThat(replies).as(greeting).hasSize(1);
      assertThat(replies.get(0).text() + replies.get(0).cardText())
          .as(greeting)
          .startsWith(
              greeting.startsWith("Thanks") ? "You're welcome." : "Hello! I'm Interface Bot")
          .doesNotContain("That sounds like an interface issue");
    }
    assertThat(jdbc.queryForList("select content from bot_state", String.class))
        .as("no issue offered, so no draft kept")
        .noneMatch(c -> c.contains("hope you are well"));

    var offer = say("hi, the discharge letters from ward 5 never list stopped medicines");

    assertThat(offer.get(0).cardText()).contains("That sounds like an interface issue");
  }

  @Test
  void aProblemDescribedInASentenceThatStartsWithACommandWordIsOfferedAsAnIssue() {
    installInTeam();

    for (String described :
        java.util.List.of(
            "My discharge letters from ward 7 never list stopped medicines",
            "Status of referrals to dermatology is never shared with the practice")) {
      var offer = say(described);

      assertThat(offer).as(described).hasSize(1);
      assertThat(offer.get(0).cardText())
          .as(described)
          .contains("That sounds like an interface issue");
      say("No thanks");
    }
    var refused = say("My patient 943 476 5919 waited three weeks for a letter");
    assertThat(refused.get(0).text()).contains("seems to contain").doesNotContain("5919");

    assertThat(say("my issues").get(0).text()).contains("You haven't raised any issues yet");
    assertThat(say("my issue").get(0).text()).contains("You haven't raised any issues yet");
    assertThat(say("status IF-2027-0042 please").get(0).text())
        .doesNotContain("That sounds like an interface issue");
  }
}
