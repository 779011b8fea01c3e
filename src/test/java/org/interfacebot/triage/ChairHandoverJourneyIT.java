package org.interfacebot.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.interfacebot.support.Activities;
import org.interfacebot.support.BotConversationTest;
import org.interfacebot.support.FakeBotConnector.Sent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A vote that outlives its chairs: a co-chair appointed, the group switching to anonymous voting
 * mid-round, both chairs asking to be forgotten, the vote closing without a quorum, the bot added
 * to the team again by a member who becomes chair and decides, referring the issue to a named
 * operational group.
 */
class ChairHandoverJourneyIT extends BotConversationTest {

  @Autowired TriageSchedule schedule;

  private String in1to1(String user, String text) {
    return say(activities.personalMessage(user, user, text)).get(0).text();
  }

  private String inChannel(String user, String text) {
    return say(activities.channelMention(user, user, text)).get(0).text();
  }

  @Test
  void aNewChairAfterTheLastOneWasForgottenRefersTheIssueAndTheCardSaysWhereOnce() {
    installInTeam();
    say(activities.channelMentionOf("chair", "Dr Ann Law", "chair add", "member1", "Dr Co Chair"));
    String reference =
        raise("gp1", "Dr Morag Fraser", "Results sent to the wrong GP", "Test results");
    awaitSent(s -> s.conversationId().equals(Activities.CHANNEL) && s.hasCard());
    vote("member2", reference, "discuss");
    vote("member1", reference, "refer");
    chair("settings anonymous on");
    vote("member3", reference, "refer");
    vote("member2", reference, "refer");

    in1to1("chair", "forget me");
    in1to1("chair", "yes");
    in1to1("member1", "forget me");
    assertThat(in1to1("member1", "yes")).contains("1 vote on an issue still being triaged");
    assertThat(inChannel("member4", "chairs")).doesNotContain("member1");

    clock.advance(Duration.ofDays(8));
    schedule.run();
    assertThat(awaitSent(s -> s.text().contains("closed without a decision")).text())
        .contains("only 2 votes were cast, and 3 are needed");

    say(activities.installInTeam("member4"));
    assertThat(inChannel("member4", "health"))
        .contains("Votes waiting for the chairs' decision: " + reference);
    assertThat(inChannel("member4", "close " + reference + " refer eHealth and IT"))
        .isEqualTo(
            "Closed the vote on "
                + reference
                + ": Refer to operational group, to eHealth and IT. I've told the reporter.");

    assertThat(
            awaitSent(
                    s ->
                        s.conversationId().equals(Activities.personalConversation("gp1"))
                            && s.text().contains("Referred to eHealth and IT."))
                .text())
        .contains("Referred to an operational group.");
    Sent card =
        awaitSent(
            s ->
                s.method().equals("PUT")
                    && s.conversationId().equals(Activities.CHANNEL)
                    && s.cardText().contains("Decided: Refer to operational group"));
    assertThat(card.cardText())
        .contains("Decided: Refer to operational group, by member4. Referred to eHealth and IT.")
        .doesNotContain("eHealth and IT Referred");
    assertThat(
            say(activities.personalMessage("gp1", "Dr Morag Fraser", "status " + reference))
                .get(0)
                .cardText())
        .contains("by member4. Referred to eHealth and IT.")
        .doesNotContain("eHealth and IT Referred");
    assertThat(inChannel("member4", "health")).startsWith("All well");
  }
}
