package org.interfacebot.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.interfacebot.support.Activities;
import org.interfacebot.support.BotConversationTest;
import org.interfacebot.support.CardText;
import org.junit.jupiter.api.Test;

/**
 * One vote for each member while a vote is open, whatever changes around it: a chair switching
 * anonymous voting, a voter leaving the team, a voter asking to be forgotten and coming back.
 */
class OneVoteEachIT extends BotConversationTest {

  private int votesCounted() {
    return jdbc.queryForObject(
        "select votes_discuss + votes_refer + votes_more_info + votes_decline from triage_round",
        Integer.class);
  }

  private String voterCard(String member, String reference) {
    var view = clickInChannel(member, "triage.refresh", Activities.data().put("issue", reference));
    return CardText.of(view.json().path("value"));
  }

  @Test
  void aVoteChangedAfterAnonymousVotingWasTurnedOnIsStillOneVoteNowKeptAnonymously() {
    String reference = raiseOne();
    vote("member1", reference, "discuss");

    assertThat(chair("settings anonymous on")).startsWith("Done.");
    String before = voterCard("member1", reference);
    var changed = vote("member1", reference, "refer");

    assertThat(before).contains("You voted: Discuss at group");
    assertThat(votesCounted()).isOne();
    assertThat(CardText.of(changed.json().path("value")))
        .contains("Votes so far: 1")
        .contains("You have voted (voting is anonymous, so your choice is not shown)");
    assertThat(jdbc.queryForObject("select voter_key from triage_vote", String.class))
        .startsWith("anon:");
  }

  @Test
  void aVoteCastAnonymouslyIsStillOneVoteAfterAnonymousVotingWasTurnedOff() {
    installInTeam();
    chair("settings anonymous on");
    String reference =
        raise("gp1", "Dr Morag Fraser", "Results sent to the wrong GP", "Test results");
    vote("member1", reference, "discuss");

    chair("settings anonymous off");
    String before = voterCard("member1", reference);
    var changed = vote("member1", reference, "decline");

    assertThat(before).contains("You have voted (while voting was anonymous");
    assertThat(votesCounted()).isOne();
    assertThat(CardText.of(changed.json().path("value")))
        .contains("Votes so far: 1")
        .contains("You voted: Not for the group");
  }

  @Test
  void aVoteCastAnonymouslyIsNotSaidToBeAnonymousOnceAnonymousVotingIsOff() {
    installInTeam();
    chair("settings anonymous on");
    String reference =
        raise("gp1", "Dr Morag Fraser", "Results sent to the wrong GP", "Test results");
    vote("member1", reference, "discuss");
    assertThat(voterCard("member1", reference))
        .contains("You have voted (voting is anonymous, so your choice is not shown).");

    chair("settings anonymous off");
    String card = voterCard("member1", reference);
    String status =
        say(activities.personalMessage("member1", "Member One", "status " + reference))
            .get(0)
            .cardText();
    chair("close " + reference + " discuss");
    String closed =
        say(activities.personalMessage("member1", "Member One", "status " + reference))
            .get(0)
            .cardText();

    for (String open : new String[] {card, status}) {
      assertThat(open)
          .contains(
              "You have voted (while voting was anonymous, so your choice is not shown). You can"
                  + " change your vote until it closes.")
          .doesNotContain("voting is anonymous");
    }
    assertThat(closed)
        .contains("You voted (while voting was anonymous, so your choice is not shown).")
        .doesNotContain("voting is anonymous");
  }

  @Test
  void theVoteDoesNotCloseAsEveryMemberVotedWhileAMemberOnTheListHasNot() {
    connector.roster(List.of("chair", "m1", "member1", "member2"));
    String reference = raiseOne();
    vote("member1", reference, "discuss");
    var left = activities.botAddedToTeam("chair");
    left.remove("membersAdded");
    left.putArray("membersRemoved")
        .addObject()
        .put("id", "29:member1")
        .put("aadObjectId", "aad-member1");
    post(left);
    connector.roster(List.of("chair", "m1", "member2"));

    vote("chair", reference, "discuss");
    vote("m1", reference, "discuss");

    assertThat(votesCounted()).isEqualTo(3);
    assertThat(jdbc.queryForObject("select state from triage_round", String.class))
        .as("member2 has not voted yet")
        .isEqualTo("OPEN");
    vote("member2", reference, "discuss");
    assertThat(jdbc.queryForObject("select state from triage_round", String.class))
        .isEqualTo("CLOSED");
  }

  @Test
  void aMemberForgottenWhileAVoteIsOpenHasTheirVoteWithdrawnAndOneVoteIfTheyVoteAgain() {
    String reference = raiseOne();
    vote("member2", reference, "discuss");
    say(activities.personalMessage("member2", "Dr member2", "forget me"));
    String done = say(activities.personalMessage("member2", "Dr member2", "yes")).get(0).text();

    assertThat(done).contains("1 vote on an issue still being triaged is withdrawn");
    assertThat(votesCounted()).isZero();
    assertThat(jdbc.queryForObject("select count(*) from triage_vote", Integer.class)).isZero();

    var again = vote("member2", reference, "refer");

    assertThat(again.status()).isEqualTo(200);
    assertThat(votesCounted()).isOne();
    assertThat(CardText.of(again.json().path("value"))).contains("Votes so far: 1");
  }
}
