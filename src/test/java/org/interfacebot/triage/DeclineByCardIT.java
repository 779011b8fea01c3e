package org.interfacebot.triage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.interfacebot.support.Activities;
import org.interfacebot.support.BotConversationTest;
import org.interfacebot.support.CardText;
import org.junit.jupiter.api.Test;

/** A chair closes a vote as "not for the group" on the triage card: the reporter is told why. */
class DeclineByCardIT extends BotConversationTest {

  @Test
  void theChairsDeclineButtonAsksForTheReasonOnTheCard() {
    String reference = raiseOne();

    JsonNode view =
        clickInChannel("chair", "triage.refresh", Activities.data().put("issue", reference))
            .json()
            .path("value");

    JsonNode decline = actionTitled(view, "Close the vote: Not for the group");
    assertThat(decline.path("type").asText()).isEqualTo("Action.ShowCard");
    JsonNode reason = decline.path("card").path("body").get(0);
    assertThat(reason.path("type").asText()).isEqualTo("Input.Text");
    assertThat(reason.path("id").asText()).isEqualTo("reason");
    assertThat(reason.path("isRequired").asBoolean()).isTrue();
    assertThat(reason.path("label").asText()).startsWith("Why it is not for the group");
    assertThat(reason.path("errorMessage").asText()).contains("Please give the reason");
    JsonNode close = decline.path("card").path("actions").get(0);
    assertThat(close.path("verb").asText()).isEqualTo("triage.close");
    assertThat(close.path("title").asText()).isEqualTo("Close the vote with this reason");
    assertThat(close.path("data").path("choice").asText()).isEqualTo("decline");
    // The other decisions need no reason and close at once, as before.
    assertThat(actionTitled(view, "Close the vote: Discuss at group").path("type").asText())
        .isEqualTo("Action.Execute");
  }

  @Test
  void aDeclineWithAReasonClosesTheVoteAndTellsTheReporterTheReason() {
    String reference = raiseOne();

    var closed = closeAsDecline(reference, "Already covered by the eHealth work");

    assertThat(CardText.of(closed.json().path("value")))
        .contains("Decided: Not for the group, by chair. Already covered by the eHealth work");
    assertThat(status()).isEqualTo("DECLINED");
    assertThat(jdbc.queryForObject("select reason from triage_round", String.class))
        .isEqualTo("Already covered by the eHealth work");
    assertThat(
            awaitSent(
                    s ->
                        s.conversationId().equals(Activities.personalConversation("gp1"))
                            && s.text().startsWith("Update"))
                .text())
        .contains("Not taken on by the group", "Reason: Already covered by the eHealth work.");
  }

  @Test
  void aDeclineWithoutAReasonIsRefusedAndChangesNothing() {
    String reference = raiseOne();

    var refused = closeAsDecline(reference, "   ");
    var noReasonAtAll =
        clickInChannel(
            "chair",
            "triage.close",
            Activities.data().put("issue", reference).put("choice", "decline"));

    String expected =
        "Please give the reason " + reference + " is not for the group; the reporter is told it.";
    assertThat(refused.json().path("value").asText()).isEqualTo(expected);
    assertThat(noReasonAtAll.json().path("value").asText()).isEqualTo(expected);
    assertUnchanged();
  }

  @Test
  void aReasonWithAnNhsNumberIsRefusedNotEchoedAndNotStored() {
    String reference = raiseOne();

    var refused = closeAsDecline(reference, "Same as patient 943 476 5919 last week");

    assertThat(refused.json().path("value").asText())
        .contains("seems to contain an NHS number")
        .doesNotContain("5919", "patient 943");
    assertUnchanged();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from event_publication where serialized_event like '%5919%'",
                Integer.class))
        .isZero();
  }

  private Response closeAsDecline(String reference, String reason) {
    return clickInChannel(
        "chair",
        "triage.close",
        Activities.data().put("issue", reference).put("choice", "decline").put("reason", reason));
  }

  private void assertUnchanged() {
    assertThat(status()).isEqualTo("OPEN_FOR_TRIAGE");
    assertThat(jdbc.queryForObject("select state from triage_round", String.class))
        .isEqualTo("OPEN");
    assertThat(jdbc.queryForObject("select reason from triage_round", String.class)).isNull();
    assertThat(connector.sent())
        .noneMatch(
            s ->
                s.conversationId().equals(Activities.personalConversation("gp1"))
                    && s.text().startsWith("Update"));
  }

  /** The chair's action of that title. */
  private static JsonNode actionTitled(JsonNode card, String title) {
    for (JsonNode action : card.findValues("actions")) {
      for (JsonNode a : action) {
        if (a.path("title").asText().equals(title)
            && !a.path("verb").asText().equals("triage.vote")) {
          return a;
        }
      }
    }
    throw new AssertionError("No action titled " + title + " on " + card);
  }
}
