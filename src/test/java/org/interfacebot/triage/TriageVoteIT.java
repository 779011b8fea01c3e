package org.interfacebot.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.interfacebot.support.Activities;
import org.interfacebot.support.BotConversationTest;
import org.interfacebot.support.CardText;
import org.interfacebot.support.FakeBotConnector.Sent;
import org.junit.jupiter.api.Test;

class TriageVoteIT extends BotConversationTest {

  private Sent postedTriageCard() {
    return awaitSent(
        s ->
            s.method().equals("POST")
                && s.conversationId().equals(Activities.CHANNEL)
                && s.hasCard());
  }

  @Test
  void aVoteIsStoredAndTheCardUpdatedForTheVoterAndForEveryone() {
    installInTeam();
    String reference =
        raise("gp1", "Dr Morag Fraser", "Results sent to the wrong GP", "Test results");
    Sent posted = postedTriageCard();

    var answer = vote("member1", reference, "discuss");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(CardText.of(answer.json().path("value")))
        .contains(
            "Votes so far: 1",
            "Discuss at group: 1",
            "Need more information: 0",
            "You voted: Discuss at group");
    assertThat(jdbc.queryForMap("select voter_key, choice from triage_vote"))
        .containsEntry("VOTER_KEY", "aad-member1")
        .containsEntry("CHOICE", "DISCUSS");
    Sent update =
        awaitSent(s -> s.method().equals("PUT") && s.activityId().equals(posted.activityId()));
    assertThat(update.cardText())
        .contains("Votes so far: 1", "Results are shown once you have voted.", "[Discuss at group]")
        .doesNotContain("You voted");
  }

  @Test
  void aMemberHasOneVoteAndCanChangeIt() {
    installInTeam();
    String reference =
        raise("gp1", "Dr Morag Fraser", "Results sent to the wrong GP", "Test results");
    postedTriageCard();

    vote("member1", reference, "discuss");
    vote("member2", reference, "discuss");
    var changed = vote("member1", reference, "refer");

    assertThat(CardText.of(changed.json().path("value")))
        .contains(
            "Votes so far: 2",
            "Discuss at group: 1",
            "Refer to operational group: 1",
            "You voted: Refer to operational group");
    assertThat(jdbc.queryForObject("select count(*) from triage_vote", Integer.class)).isEqualTo(2);
    assertThat(
            jdbc.queryForMap(
                "select votes_discuss, votes_refer, votes_more_info, votes_decline"
                    + " from triage_round"))
        .as("the tally kept on the round, changed with each vote")
        .containsEntry("VOTES_DISCUSS", 1)
        .containsEntry("VOTES_REFER", 1)
        .containsEntry("VOTES_MORE_INFO", 0)
        .containsEntry("VOTES_DECLINE", 0);
  }

  @Test
  void aVoteOnAnIssueThatDoesNotExistIsAnsweredWithAMessageThatKeepsTheCardAndStoresNothing() {
    installInTeam();

    var answer = vote("member1", "IF-" + YEAR + "-9999", "discuss");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json().path("type").asText())
        .isEqualTo("application/vnd.microsoft.activity.message");
    assertThat(answer.json().path("value").asText())
        .isEqualTo("I can't find IF-" + YEAR + "-9999, so your vote was not recorded.");
    assertThat(jdbc.queryForObject("select count(*) from triage_vote", Integer.class)).isZero();
  }

  @Test
  void anUnknownVoteOptionIsRefused() {
    installInTeam();
    String reference =
        raise("gp1", "Dr Morag Fraser", "Results sent to the wrong GP", "Test results");

    var answer = vote("member1", reference, "abstain");

    assertThat(CardText.of(answer.json().path("value")))
        .contains("That vote option is not one I know.");
    assertThat(jdbc.queryForObject("select count(*) from triage_vote", Integer.class)).isZero();
  }
}
