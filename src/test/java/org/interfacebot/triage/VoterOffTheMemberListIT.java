package org.interfacebot.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.interfacebot.support.BotConversationTest;
import org.interfacebot.support.CardText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Someone who only clicks a triage card's buttons, never writing to the bot in the channel, but is
 * not on the group's member list: Teams is asked whether they are in the team.
 */
@ExtendWith(OutputCaptureExtension.class)
class VoterOffTheMemberListIT extends BotConversationTest {

  private static final String REFUSED =
      "Only members of the Interface Group's team can vote on triage, and Teams did not confirm"
          + " that you are in the team, so your vote was not recorded. If you are in it, Teams may"
          + " have been busy: try again in a few minutes. If you are not, ask a chair about"
          + " joining it.";

  private void forgotten(String user) {
    say(activities.personalMessage(user, "Dr " + user, "forget me"));
    say(activities.personalMessage(user, "Dr " + user, "yes"));
    assertThat(onMemberList(user)).as("forget me took them off the member list").isZero();
  }

  private int onMemberList(String user) {
    return jdbc.queryForObject(
        "select count(*) from group_member where person_key = ?", Integer.class, "aad-" + user);
  }

  private int votes() {
    return jdbc.queryForObject("select count(*) from triage_vote", Integer.class);
  }

  @Test
  void aMemberWhoSaidForgetMeVotesByClickingAndIsBackOnTheList() {
    String reference = raiseOne();
    forgotten("member2");
    connector.clear();

    var answer = vote("member2", reference, "discuss");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(CardText.of(answer.json().path("value")))
        .contains("Votes so far: 1", "Discuss at group: 1", "You voted: Discuss at group");
    assertThat(jdbc.queryForMap("select voter_key, choice from triage_vote"))
        .containsEntry("VOTER_KEY", "aad-member2")
        .containsEntry("CHOICE", "DISCUSS");
    assertThat(
            jdbc.queryForMap(
                "select name, teams_user_id from group_member where person_key = 'aad-member2'"))
        .as("added as Teams lists them")
        .containsEntry("NAME", "member2")
        .containsEntry("TEAMS_USER_ID", "29:member2");
    assertThat(connector.memberLookups()).isEqualTo(1);

    var changed = vote("member2", reference, "refer");

    assertThat(CardText.of(changed.json().path("value")))
        .contains("You voted: Refer to operational group");
    assertThat(votes()).isEqualTo(1);
    assertThat(connector.memberLookups()).as("a member's vote asks Teams nothing").isEqualTo(1);
  }

  @Test
  void someoneTeamsDoesNotListInTheTeamIsRefusedAndNothingIsStored() {
    String reference = raiseOne();

    var answer = vote("stranger", reference, "discuss");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json().path("value").asText()).isEqualTo(REFUSED);
    assertThat(connector.memberLookups()).as("Teams was asked").isEqualTo(1);
    assertThat(votes()).isZero();
    assertThat(onMemberList("stranger")).isZero();
    assertThat(jdbc.queryForObject("select votes_discuss from triage_round", Integer.class))
        .isZero();
  }

  @Test
  void whenTeamsCannotBeAskedTheVoteIsRefusedAndAWarningLogged(CapturedOutput output) {
    String reference = raiseOne();
    forgotten("member2");
    connector.memberLookupsAnswer(500);

    var answer = vote("member2", reference, "discuss");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json().path("value").asText()).isEqualTo(REFUSED);
    assertThat(votes()).isZero();
    assertThat(onMemberList("member2")).isZero();
    String warning =
        output
            .getOut()
            .lines()
            .filter(line -> line.contains("Could not ask Teams whether someone is in the team"))
            .findFirst()
            .orElseThrow();
    assertThat(warning).contains("WARN", "HTTP 500").doesNotContain("member2", "Dr ");
  }
}
