package org.interfacebot.issues;

import static org.assertj.core.api.Assertions.assertThat;

import org.interfacebot.support.Activities;
import org.interfacebot.support.BotConversationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ReporterFeedbackIT extends BotConversationTest {

  @Autowired IssueProgress progress;
  @Autowired Issues issues;
  @Autowired org.interfacebot.groups.Groups groups;

  private long idOf(String reference) {
    var group = groups.byTeam(Activities.TEAM).orElseThrow().id();
    return issues.byReference(reference, java.util.List.of(group)).orElseThrow().id();
  }

  @Test
  void everyChangeOfStatusIsToldToTheReporterIn1to1() {
    installInTeam();
    String reference =
        raise("gp1", "Dr Morag Fraser", "Results sent to the wrong GP", "Test results");

    progress.moveTo(
        idOf(reference), IssueStatus.REFERRED, "Referred to the Laboratory Services Group.");

    var told =
        awaitSent(
            s ->
                s.conversationId().equals(Activities.personalConversation("gp1"))
                    && s.text().startsWith("Update"));
    assertThat(told.text())
        .isEqualTo(
            "Update on your issue **"
                + reference
                + "** (Results sent to the wrong GP): Referred to an"
                + " operational group.\n\nReferred to the Laboratory Services Group.");
  }

  @Test
  void anonymousReportersAreToldToo() {
    installInTeam();
    say(activities.personalMessage("gp2", "Dr Ali Khan", "raise"));
    say(activities.personalMessage("gp2", "Dr Ali Khan", "Referral bounced"));
    for (String answer : USUAL_ANSWERS.subList(0, 7)) {
      say(activities.personalMessage("gp2", "Dr Ali Khan", answer));
    }
    var confirm = say(activities.personalMessage("gp2", "Dr Ali Khan", "no"));
    submit("gp2", "Dr Ali Khan", draftIdOf(confirm.get(0)));
    String reference = "IF-" + YEAR + "-0001";

    progress.moveTo(idOf(reference), IssueStatus.ACCEPTED, null);

    var told =
        awaitSent(
            s ->
                s.conversationId().equals(Activities.personalConversation("gp2"))
                    && s.text().startsWith("Update"));
    assertThat(told.text()).contains(reference, "Accepted: to be discussed at a group meeting");
  }

  @Test
  void aMemberSeesAnyIssueIn1to1ButOtherCliniciansOnlyTheirOwn() {
    installInTeam();
    String reference =
        raise("gp1", "Dr Morag Fraser", "Results sent to the wrong GP", "Test results");

    var stranger =
        say(activities.personalMessage("outsider", "Dr Not Member", "status " + reference));
    assertThat(stranger.get(0).text())
        .isEqualTo("I can't find " + reference + " among the issues you can see.");

    var own = say(activities.personalMessage("gp1", "Dr Morag Fraser", "status " + reference));
    assertThat(own.get(0).cardText()).contains(reference + ": Results sent to the wrong GP");

    say(activities.channelMention("outsider", "Dr Now Member", "help"));
    var member =
        say(activities.personalMessage("outsider", "Dr Now Member", "status " + reference));
    assertThat(member.get(0).cardText()).contains(reference + ": Results sent to the wrong GP");
  }

  @Test
  void statusShowsTheDayAnIssueWasRaisedInTheUk() {
    installInTeam();
    String reference =
        raise("gp1", "Dr Morag Fraser", "Results sent to the wrong GP", "Test results");
    // 00:30 on 15 June in the UK (BST) is 23:30 on 14 June in UTC.
    jdbc.update(
        "update issue set raised_at = ? where reference = ?",
        java.sql.Timestamp.from(java.time.Instant.parse("2027-06-14T23:30:00Z")),
        reference);

    var status = say(activities.personalMessage("gp1", "Dr Morag Fraser", "status " + reference));
    var mine = say(activities.personalMessage("gp1", "Dr Morag Fraser", "my issues"));

    assertThat(status.get(0).cardText()).contains("Raised: 15/06/2027");
    assertThat(mine.get(0).text()).contains("raised 15 Jun 2027");
  }
}
