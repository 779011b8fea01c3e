package org.interfacebot.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.interfacebot.support.Activities;
import org.interfacebot.support.BotConversationTest;
import org.interfacebot.support.CardText;
import org.interfacebot.support.FakeBotConnector;
import org.interfacebot.support.FakeBotConnector.Sent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TriageRulesIT extends BotConversationTest {

  @Autowired TriageSchedule schedule;

  private Sent lastChannelCard() {
    var cards =
        connector.sent().stream()
            .filter(s -> s.conversationId().equals(Activities.CHANNEL) && s.hasCard())
            .toList();
    return cards.get(cards.size() - 1);
  }

  @Test
  void fortyMembersVotingAtOnceGiveExactTalliesAndTheFinalCard() throws Exception {
    List<String> members = new ArrayList<>(List.of("chair"));
    IntStream.rangeClosed(1, 39).forEach(i -> members.add("v" + i));
    var roster = new ArrayList<>(members);
    connector.roster(roster);
    installInTeam();
    String reference = raise("v1", "Dr V One", "Results sent to the wrong GP", "Test results");
    awaitSent(
        s ->
            s.method().equals("POST")
                && s.conversationId().equals(Activities.CHANNEL)
                && s.hasCard());
    var pool = Executors.newFixedThreadPool(8);
    List<CompletableFuture<Response>> votes = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String choice = i < 20 ? "discuss" : i < 32 ? "refer" : "decline";
      String member = members.get(i);
      votes.add(CompletableFuture.supplyAsync(() -> vote(member, reference, choice), pool));
    }
    for (var v : votes) {
      assertThat(v.get().status()).isEqualTo(200);
    }
    pool.shutdown();

    assertThat(
            jdbc.queryForList(
                "select choice, count(*) n from triage_vote group by choice order by choice"))
        .extracting(r -> r.get("CHOICE") + "=" + r.get("N"))
        .containsExactly("DECLINE=8", "DISCUSS=20", "REFER=12");
    assertThat(jdbc.queryForMap("select state, decision from triage_round"))
        .containsEntry("STATE", "CLOSED")
        .containsEntry("DECISION", "DISCUSS");
    assertThat(status()).isEqualTo("ACCEPTED");
    Sent last =
        awaitSent(
            s -> s.method().equals("PUT") && s.cardText().contains("Decided: Discuss at group"));
    assertThat(last.cardText())
        .contains(
            "Votes cast: 40",
            "Discuss at group: 20",
            "Refer to operational group: 12",
            "Not for the group: 8")
        .doesNotContain("[Discuss at group]", "Votes so far");
    assertThat(
            awaitSent(
                    s ->
                        s.conversationId().equals(Activities.personalConversation("v1"))
                            && s.text().startsWith("Update"))
                .text())
        .contains("Accepted: to be discussed at a group meeting");
  }

  @Test
  void aVoteFromSomeoneOutsideTheTeamIsRefusedAndNotCounted() {
    String reference = raiseOne();

    var answer = vote("stranger", reference, "discuss");

    assertThat(CardText.of(answer.json().path("value")))
        .contains("Only members of the Interface Group's team can vote");
    assertThat(jdbc.queryForObject("select count(*) from triage_vote", Integer.class)).isZero();
  }

  @Test
  void someoneRemovedFromTheTeamCanNoLongerVote() {
    String reference = raiseOne();
    var removed = activities.botAddedToTeam("chair");
    removed.remove("membersAdded");
    removed
        .putArray("membersRemoved")
        .addObject()
        .put("id", "29:member1")
        .put("aadObjectId", "aad-member1");
    post(removed);
    // Teams no longer lists them either, when asked about someone not on the member list.
    connector.roster(
        FakeBotConnector.defaultRoster().stream().filter(id -> !id.equals("member1")).toList());

    var answer = vote("member1", reference, "discuss");

    assertThat(CardText.of(answer.json().path("value")))
        .contains("Only members of the Interface Group's team can vote");
    assertThat(vote("member2", reference, "discuss").status()).isEqualTo(200);
    assertThat(jdbc.queryForObject("select count(*) from triage_vote", Integer.class)).isEqualTo(1);
  }

  @Test
  void aVoteAfterTheVoteClosedIsRefused() {
    String reference = raiseOne();
    assertThat(chair("close " + reference + " decline"))
        .isEqualTo(
            "Please give the reason, which the reporter is told: `close "
                + reference
                + " decline <reason>`.");
    assertThat(chair("close " + reference + " decline Already covered by the eHealth work"))
        .startsWith("Closed the vote");

    var answer = vote("member1", reference, "discuss");

    assertThat(CardText.of(answer.json().path("value")))
        .contains("has closed, so your vote was not recorded");
    assertThat(jdbc.queryForObject("select count(*) from triage_vote", Integer.class)).isZero();
    assertThat(
            awaitSent(
                    s ->
                        s.conversationId().equals(Activities.personalConversation("gp1"))
                            && s.text().startsWith("Update"))
                .text())
        .contains("Not taken on by the group", "Reason: Already covered by the eHealth work.");
  }

  @Test
  void onlyAChairCanClose() {
    String reference = raiseOne();

    var reply =
        say(activities.channelMention("member1", "Member One", "close " + reference + " discuss"));

    assertThat(reply.get(0).text())
        .isEqualTo(
            "Only a chair of the group can close a triage vote. Type `chairs` to see who they are.");
    assertThat(jdbc.queryForObject("select state from triage_round", String.class))
        .isEqualTo("OPEN");
  }

  @Test
  void aTieAtTheDeadlineGoesToTheChairsWhoThenRefer() {
    String reference = raiseOne();
    vote("member1", reference, "discuss");
    vote("member2", reference, "discuss");
    vote("member3", reference, "refer");
    vote("member4", reference, "refer");

    clock.advance(Duration.ofDays(8));
    schedule.run();

    assertThat(awaitSent(s -> s.text().contains("closed without a decision")).text())
        .contains(reference, "the vote was tied", "close " + reference);
    assertThat(jdbc.queryForObject("select state from triage_round", String.class))
        .isEqualTo("AWAITING_CHAIR");

    chair("close " + reference + " refer Laboratory Services");

    assertThat(status()).isEqualTo("REFERRED");
    assertThat(jdbc.queryForObject("select referred_to from issue", String.class))
        .isEqualTo("Laboratory Services");
    assertThat(
            awaitSent(s -> s.text().contains("Referred to Laboratory Services")).conversationId())
        .isEqualTo(Activities.personalConversation("gp1"));
  }

  @Test
  void healthShowsChairsWhatIsStuck() {
    String reference = raiseOne();
    assertThat(chair("health")).startsWith("All well");
    vote("member1", reference, "discuss");

    clock.advance(Duration.ofDays(8));
    assertThat(chair("health")).contains("Votes past their deadline, still open: " + reference);
    schedule.run();

    assertThat(chair("health")).contains("Votes waiting for the chairs' decision: " + reference);
    assertThat(say(activities.channelMention("member1", "m", "health")).get(0).text())
        .contains("Only a chair");
  }

  @Test
  void noQuorumAtTheDeadlineGoesToTheChairs() {
    String reference = raiseOne();
    vote("member1", reference, "discuss");

    clock.advance(Duration.ofDays(8));
    schedule.run();

    assertThat(awaitSent(s -> s.text().contains("closed without a decision")).text())
        .contains("only 1 vote was cast, and 3 are needed");
  }

  @Test
  void theChannelIsToldHowManyVotesWereCastInWordsThatAgreeWithTheNumbers() {
    String none = raiseOne();
    String one = raise("gp2", "Dr Ian Bell", "Repeat prescriptions lost", "Prescribing");
    chair("settings quorum 2");
    vote("member1", one, "discuss");

    clock.advance(Duration.ofDays(8));
    schedule.run();

    assertThat(awaitSent(s -> s.text().contains("vote on **" + none + "** closed")).text())
        .contains("closed without a decision: no votes were cast, and 2 are needed.");
    assertThat(awaitSent(s -> s.text().contains("vote on **" + one + "** closed")).text())
        .contains("closed without a decision: only 1 vote was cast, and 2 are needed.");
  }

  @Test
  void remindersTheDayBeforeTheDeadlineReachOnlyThoseWhoHaveNotVoted() {
    connector.roster(List.of("chair", "gp1", "member1", "member2", "member3"));
    String reference = raiseOne();
    vote("member1", reference, "discuss");
    vote("chair", reference, "discuss");

    clock.advance(Duration.ofDays(6).plusHours(1));
    schedule.run();

    var reminded =
        await(
            () ->
                connector.sent().stream()
                    .filter(s -> s.text().startsWith("Reminder:"))
                    .map(Sent::conversationId)
                    .sorted()
                    .toList(),
            3);
    assertThat(reminded)
        .containsExactly(
            Activities.personalConversation("gp1"),
            Activities.personalConversation("member2"),
            Activities.personalConversation("member3"));
    schedule.run();
    assertThat(connector.sent().stream().filter(s -> s.text().startsWith("Reminder:")).count())
        .isEqualTo(3);
  }

  /**
   * A reminder Teams could not take at first is sent again later: by then the member may have
   * voted, and "you haven't voted" would be false.
   */
  @Test
  void aReminderHeldUpUntilTheMemberHasVotedIsNotSent() {
    connector.roster(List.of("chair", "gp1", "member1", "member2"));
    String reference = raiseOne();
    vote("chair", reference, "discuss");
    connector.down(Activities.personalConversation("member2"));

    clock.advance(Duration.ofDays(6).plusHours(1));
    schedule.run();
    await(
        () ->
            connector.sent().stream()
                .filter(s -> s.text().startsWith("Reminder:"))
                .map(Sent::conversationId)
                .toList(),
        2);
    awaitRetried("TriageAnnouncements", 1, Duration.ofSeconds(20));
    vote("member2", reference, "refer");
    connector.up(Activities.personalConversation("member2"));
    awaitEveryDeliveryMade(Duration.ofSeconds(30));

    assertThat(
            connector.sent().stream()
                .filter(s -> s.text().startsWith("Reminder:"))
                .map(Sent::conversationId)
                .sorted()
                .toList())
        .containsExactly(
            Activities.personalConversation("gp1"), Activities.personalConversation("member1"));
  }

  private <T extends List<?>> T await(java.util.concurrent.Callable<T> what, int size) {
    return org.awaitility.Awaitility.await()
        .atMost(Duration.ofSeconds(10))
        .until(what, l -> l.size() >= size);
  }
}
