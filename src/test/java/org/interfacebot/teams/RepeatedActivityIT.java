package org.interfacebot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.interfacebot.support.BotConversationTest;
import org.interfacebot.support.CardText;
import org.junit.jupiter.api.Test;

/** Teams delivers an activity again when the bot failed or was slow: it is processed once. */
class RepeatedActivityIT extends BotConversationTest {

  @Test
  void aMessageDeliveredTwiceIsAnsweredOnceAndMovesTheDialogOnOnce() {
    say(activities.personalMessage("gp1", "Dr Morag Fraser", "raise"));
    var title =
        activities.personalMessage("gp1", "Dr Morag Fraser", "Results sent to the wrong GP");
    int answers = say(title).size();

    var again = post(title);

    assertThat(again.status()).isBetween(200, 299);
    String id = title.path("id").asText();
    assertThat(connector.sent()).filteredOn(s -> id.equals(s.replyToId())).hasSize(answers);
  }

  @Test
  void aCardClickDeliveredTwiceRaisesOneIssue() {
    installInTeam();
    String draft =
        draftIssue("gp1", "Dr Morag Fraser", "Results sent to the wrong GP", "Test results");
    var click = activities.submitDraft("gp1", "Dr Morag Fraser", draft);

    var first = post(click);
    var second = post(click);

    assertThat(CardText.of(first.json().path("value"))).startsWith("Raised: IF-");
    assertThat(second.status()).isEqualTo(200);
    assertThat(second.json().path("value").asText()).isEqualTo("Already done.");
    assertThat(jdbc.queryForObject("select count(*) from issue", Integer.class)).isEqualTo(1);
  }

  @Test
  void aVoteDeliveredTwiceIsCountedOnce() {
    String reference = raiseOne();
    var click = activities.vote("gp2", reference, "discuss");

    var first = post(click);
    var second = post(click);

    assertThat(CardText.of(first.json().path("value"))).contains("You voted: ");
    assertThat(second.status()).isEqualTo(200);
    assertThat(second.json().path("value").asText()).isEqualTo("Already done.");
    assertThat(countedVotes()).isEqualTo(1);
  }

  /** Teams' retry can arrive while the first delivery's vote is still being stored. */
  @Test
  void aVoteDeliveredTwiceAtOnceIsCountedOnce() throws Exception {
    String reference = raiseOne();
    var pool = Executors.newFixedThreadPool(2);
    try {
      for (int i = 2; i <= 6; i++) {
        var click = activities.vote("gp" + i, reference, "refer");
        List<Callable<Response>> both = List.of(() -> post(click), () -> post(click));
        List<String> answers = new ArrayList<>();
        for (Future<Response> answer : pool.invokeAll(both)) {
          assertThat(answer.get().status()).isEqualTo(200);
          answers.add(answer.get().json().path("value").toString());
        }
        assertThat(answers).filteredOn(a -> a.equals("\"Already done.\"")).hasSize(1);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(countedVotes()).isEqualTo(5);
  }

  /** Votes stored, their audit entries and the tally on the round must all agree. */
  private int countedVotes() {
    int votes = jdbc.queryForObject("select count(*) from triage_vote", Integer.class);
    int audited =
        jdbc.queryForObject(
            "select count(*) from audit_entry where action = 'VOTE_CAST'", Integer.class);
    int tallied =
        jdbc.queryForObject(
            "select votes_discuss + votes_refer + votes_more_info + votes_decline"
                + " from triage_round",
            Integer.class);
    assertThat(audited).isEqualTo(votes);
    assertThat(tallied).isEqualTo(votes);
    return votes;
  }
}
