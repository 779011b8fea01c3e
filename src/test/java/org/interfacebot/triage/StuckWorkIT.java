package org.interfacebot.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.interfacebot.support.Activities;
import org.interfacebot.support.BotConversationTest;
import org.interfacebot.support.FakeBotConnector.Sent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The safety net for stuck triage: a vote undecided after its deadline, or a triage card that could
 * not be posted, is told to every chair in 1:1, once, and listed by {@code health}.
 */
class StuckWorkIT extends BotConversationTest {

  @Autowired TriageSchedule schedule;

  private void appointMember2AsChair() {
    var add = activities.channelMention("chair", "Dr Ann Law", "chair add <at>member2</at>");
    add.withArray("entities")
        .addObject()
        .put("type", "mention")
        .put("text", "<at>member2</at>")
        .putObject("mentioned")
        .put("id", "29:member2")
        .put("name", "member2");
    say(add);
  }

  private List<Sent> stuckMessages(String about) {
    return connector.sent().stream()
        .filter(s -> s.text().startsWith("Needs your attention") && s.text().contains(about))
        .toList();
  }

  @Test
  void aVoteUndecidedAfterItsDeadlineIsToldToEveryChairIn1to1OnceAndShownByHealth() {
    String reference = raiseOne();
    appointMember2AsChair();

    clock.advance(Duration.ofDays(7).plusMinutes(30));
    schedule.run();
    assertThat(stuckMessages(reference)).as("within the hour's grace after the deadline").isEmpty();

    clock.advance(Duration.ofMinutes(31));
    schedule.run();
    var told =
        await()
            .atMost(Duration.ofSeconds(10))
            .until(
                () -> stuckMessages(reference).stream().map(Sent::conversationId).sorted().toList(),
                l -> l.size() >= 2);
    schedule.run();
    schedule.run();

    assertThat(told)
        .containsExactly(
            Activities.personalConversation("chair"), Activities.personalConversation("member2"));
    assertThat(stuckMessages(reference).get(0).text())
        .isEqualTo(
            "Needs your attention in Grampian Interface Group: the triage vote on **"
                + reference
                + "** passed its deadline and is still undecided. Please decide in the group's"
                + " channel with `@Interface Bot close "
                + reference
                + " discuss|refer|more-info|decline [reason]`. Type `health` to see everything"
                + " that is stuck.");
    assertThat(stuckMessages(reference)).as("told once, not at every run").hasSize(2);
    assertThat(chair("health")).contains("Votes waiting for the chairs' decision: " + reference);
  }

  @Test
  void aTriageCardThatCouldNotBePostedIsToldToTheChairsOnceAndShownByHealth() {
    installInTeam();
    say(activities.personalMessage("chair", "Dr Ann Law", "help"));
    // The bot lost its way to the channel: every try to post the card fails, replies in 1:1 work.
    jdbc.update("delete from conversation_reference where ref_key like 'channel:%'");
    String reference =
        raise("gp1", "Dr Morag Fraser", "Results sent to the wrong GP", "Test results");
    awaitRetried("TriageCardDelivery", 1, Duration.ofSeconds(20));
    schedule.run();
    assertThat(stuckMessages(reference)).as("not yet stuck: still being tried").isEmpty();

    clock.advance(Duration.ofMinutes(11));
    schedule.run();
    Sent told = awaitSent(s -> s.text().startsWith("Needs your attention"));
    schedule.run();
    schedule.run();

    assertThat(told.conversationId()).isEqualTo(Activities.personalConversation("chair"));
    assertThat(told.text())
        .isEqualTo(
            "Needs your attention in Grampian Interface Group: the triage card of **"
                + reference
                + "** could not be posted in the group's channel after repeated tries, so members"
                + " cannot vote on it yet. I keep trying. Type `health` to see everything that is"
                + " stuck.");
    assertThat(say(activities.personalMessage("chair", "Dr Ann Law", "health")).get(0).text())
        .contains(
            "- Triage cards not posted in the channel after repeated tries (being retried): "
                + reference);
    assertThat(say(activities.personalMessage("gp1", "Dr Morag Fraser", "health")).get(0).text())
        .startsWith("Only a chair of the group can");
    assertThat(stuckMessages(reference)).as("told once, not at every run").hasSize(1);
  }
}
