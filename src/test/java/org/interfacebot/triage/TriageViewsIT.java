package org.interfacebot.triage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.interfacebot.support.Activities;
import org.interfacebot.support.BotConversationTest;
import org.interfacebot.support.CardText;
import org.junit.jupiter.api.Test;

class TriageViewsIT extends BotConversationTest {

  private String viewOf(String member, String reference) {
    return CardText.of(refresh(member, reference));
  }

  private JsonNode refresh(String member, String reference) {
    return clickInChannel(member, "triage.refresh", Activities.data().put("issue", reference))
        .json()
        .path("value");
  }

  @Test
  void byDefaultResultsShowOnceYouHaveVoted() {
    String reference = raiseOne();
    vote("member1", reference, "refer");

    assertThat(viewOf("member2", reference))
        .contains("Votes so far: 1", "Results are shown once you have voted.", "[Discuss at group]")
        .doesNotContain("Refer to operational group: 1", "You voted");
    assertThat(viewOf("member1", reference))
        .contains(
            "Refer to operational group: 1",
            "You voted: Refer to operational group. You can change your vote until it closes.");
  }

  @Test
  void resultsCanAlwaysShowOrOnlyAfterTheVoteCloses() {
    String reference = raiseOne();
    assertThat(chair("settings results always"))
        .startsWith("Done.")
        .contains("results show always");
    vote("member1", reference, "refer");
    assertThat(viewOf("member2", reference)).contains("Refer to operational group: 1");

    chair("settings results after-close");
    assertThat(viewOf("member1", reference))
        .contains("You voted: Refer", "Results are shown when the vote closes.")
        .doesNotContain("Refer to operational group: 1");
    chair("close " + reference + " refer Laboratory Services");
    assertThat(viewOf("member2", reference))
        .contains(
            "Refer to operational group: 1", "Decided: Refer to operational group, by Dr Ann Law.");
    assertThat(viewOf("member1", reference))
        .contains("You voted: Refer to operational group.")
        .doesNotContain("You can change your vote");
  }

  /**
   * The card posted in the channel is what members see whom Teams does not refresh one by one (a
   * team of more than 60): when the chairs change when results show, it changes with them.
   */
  @Test
  void theCardEveryoneSharesFollowsAChangeOfWhenResultsShow() {
    String reference = raiseOne();
    vote("member1", reference, "refer");
    awaitSent(s -> s.method().equals("PUT") && s.cardText().contains("Votes so far: 1"));
    connector.clear();

    chair("settings results always");
    assertThat(
            awaitSent(
                    s -> s.method().equals("PUT") && s.conversationId().equals(Activities.CHANNEL))
                .cardText())
        .contains("Votes so far: 1", "Refer to operational group: 1")
        .doesNotContain("Results are shown once you have voted.");
    connector.clear();

    chair("settings results after-close");
    assertThat(
            awaitSent(
                    s -> s.method().equals("PUT") && s.conversationId().equals(Activities.CHANNEL))
                .cardText())
        .contains("Votes so far: 1", "Results are shown when the vote closes.")
        .doesNotContain("Refer to operational group: 1");
  }

  /** The card a vote answers with is built from what the vote read; it must be the full view. */
  @Test
  void theCardAVoteAnswersWithIsTheVotersFullView() {
    String reference = raiseOne();
    JsonNode answered = vote("member1", reference, "refer").json().path("value");
    assertThat(answered).isEqualTo(refresh("member1", reference));

    chair("settings anonymous on");
    JsonNode anonymous = vote("chair", reference, "decline").json().path("value");
    assertThat(anonymous).isEqualTo(refresh("chair", reference));
    assertThat(CardText.of(anonymous)).contains("You have voted (voting is anonymous");
  }

  /**
   * A status reply in the channel is read by everyone there: it is the card everyone shares, never
   * the asker's own view with their vote and the results their vote unlocked.
   */
  @Test
  void statusInTheChannelShowsNobodysVoteAndOnlyTheResultsEveryoneMaySee() {
    String reference = raiseOne();
    vote("member1", reference, "decline");

    String inChannel =
        say(activities.channelMention("member1", "Member One", "status " + reference))
            .get(0)
            .cardText();

    assertThat(inChannel)
        .contains("Votes so far: 1", "Results are shown once you have voted.")
        .doesNotContain("You voted", "Not for the group: 1");
    assertThat(
            say(activities.personalMessage("member1", "Member One", "status " + reference))
                .get(0)
                .cardText())
        .as("in 1:1 the member sees their own view")
        .contains("You voted: Not for the group.", "Not for the group: 1");

    chair("settings anonymous on");
    vote("member2", reference, "discuss");
    assertThat(
            say(activities.channelMention("member2", "Member Two", "status " + reference))
                .get(0)
                .cardText())
        .contains("Votes so far: 2")
        .doesNotContain("You have voted", "Discuss at group: 1");
  }

  @Test
  void anonymousVotingKeepsOnlyTalliesAndShowsNobodysChoice() {
    String reference = raiseOne();
    chair("settings anonymous on");
    chair("settings results always");

    vote("member1", reference, "decline");
    vote("member1", reference, "discuss");

    assertThat(jdbc.queryForList("select voter_key from triage_vote", String.class))
        .singleElement()
        .satisfies(key -> assertThat(key).startsWith("anon:").doesNotContain("member1"));
    assertThat(viewOf("member1", reference))
        .contains(
            "You have voted (voting is anonymous, so your choice is not shown)",
            "Discuss at group: 1",
            "Not for the group: 0")
        .doesNotContain("You voted:");
    assertThat(viewOf("chair", reference)).doesNotContain("You voted", "member1");
  }

  @Test
  void theCardAsksTeamsToRefreshEachMembersOwnViewAndChairsSeeTheCloseButtons() {
    String reference = raiseOne();
    var posted =
        connector.sent().stream()
            .filter(
                s ->
                    s.method().equals("POST")
                        && s.conversationId().equals(Activities.CHANNEL)
                        && s.hasCard())
            .findFirst()
            .orElseThrow();

    JsonNode refresh = posted.card().path("refresh");
    assertThat(refresh.path("action").path("verb").asText()).isEqualTo("triage.refresh");
    assertThat(refresh.path("userIds").size()).isBetween(1, 60);
    assertThat(refresh.path("userIds").toString()).contains("29:member1");
    assertThat(viewOf("chair", reference)).contains("Chairs: close the vote as");
    assertThat(viewOf("member1", reference)).doesNotContain("Chairs: close the vote as");

    var closed =
        clickInChannel(
            "chair",
            "triage.close",
            Activities.data().put("issue", reference).put("choice", "discuss"));
    assertThat(CardText.of(closed.json().path("value")))
        .contains("Decided: Discuss at group, by chair.")
        .doesNotContain("[Discuss at group]");
  }

  /**
   * A chair sees the vote buttons and the close buttons on the same card: each button's title says
   * what it does, so that neither a screen reader nor a quick click takes one for the other.
   */
  @Test
  void aChairsCloseButtonsAreTitledApartFromTheVoteButtons() {
    String reference = raiseOne();
    JsonNode chairsView = refresh("chair", reference);

    java.util.List<String> votes = new java.util.ArrayList<>();
    java.util.List<String> closes = new java.util.ArrayList<>();
    chairsView
        .findParents("type")
        .forEach(
            node -> {
              String type = node.path("type").asText();
              String verb = node.path("verb").asText();
              if (type.equals("Action.Execute") && verb.equals("triage.vote")) {
                votes.add(node.path("title").asText());
              }
              if (type.equals("Action.ShowCard")
                  || (type.equals("Action.Execute") && verb.equals("triage.close"))) {
                closes.add(node.path("title").asText());
              }
            });

    assertThat(votes)
        .containsExactly(
            "Discuss at group",
            "Refer to operational group",
            "Need more information",
            "Not for the group");
    assertThat(closes)
        .contains(
            "Close the vote: Discuss at group",
            "Close the vote: Refer to operational group",
            "Close the vote: Need more information",
            "Close the vote: Not for the group")
        .doesNotContainAnyElementsOf(votes);
  }

  @Test
  void chairsAreListedAddedAndRemovedByChairsOnly() {
    raiseOne();
    assertThat(chair("chairs")).isEqualTo("Chairs of Grampian Interface Group: Chair.");

    var notChair =
        say(
            activities
                .channelMention("member1", "Member One", "chair add")
                .put("text", "<at>Interface Bot</at> chair add <at>member2</at>"));
    assertThat(notChair.get(0).text())
        .contains("Only a chair of the group can appoint or remove chairs");

    var add = activities.channelMention("chair", "Chair", "chair add <at>member2</at>");
    add.withArray("entities")
        .addObject()
        .put("type", "mention")
        .put("text", "<at>member2</at>")
        .putObject("mentioned")
        .put("id", "29:member2")
        .put("name", "member2");
    assertThat(say(add).get(0).text())
        .isEqualTo("member2 is now a chair of Grampian Interface Group.");
    assertThat(
            jdbc.queryForObject(
                "select person_key from group_chair where name = 'member2'", String.class))
        .isEqualTo("aad-member2");
    assertThat(chair("chairs")).isEqualTo("Chairs of Grampian Interface Group: Chair, member2.");

    var remove = activities.channelMention("member2", "member2", "chair remove <at>Chair</at>");
    remove
        .withArray("entities")
        .addObject()
        .put("type", "mention")
        .put("text", "<at>Chair</at>")
        .putObject("mentioned")
        .put("id", "29:chair")
        .put("name", "Chair");
    assertThat(say(remove).get(0).text())
        .isEqualTo("Dr Ann Law is no longer a chair of Grampian Interface Group.");
  }

  @Test
  void settingsAreShownToAllAndChangedByChairsWithClearErrors() {
    raiseOne();
    assertThat(say(activities.channelMention("member1", "m", "settings")).get(0).text())
        .contains(
            "Triage votes stay open for 7 days and need 3 votes",
            "results show after you have voted",
            "voting is named");
    assertThat(say(activities.channelMention("member1", "m", "settings quorum 5")).get(0).text())
        .contains("Only a chair");
    assertThat(chair("settings quorum 500"))
        .contains("The quorum must be a whole number from 1 to 100.");
    assertThat(chair("settings vote-days 10")).contains("open for 10 days");
  }

  @Test
  void aThrottledCardUpdateIsRetriedAfterRetryAfter() {
    String reference = raiseOne();
    connector.refuseNext(2, 429);

    vote("member1", reference, "discuss");

    assertThat(
            awaitSent(s -> s.method().equals("PUT") && s.cardText().contains("Votes so far: 1"))
                .cardText())
        .contains("Votes so far: 1");
  }
}
