package org.interfacebot.issues;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.interfacebot.support.BotConversationTest;
import org.interfacebot.support.FakeBotConnector.Sent;
import org.junit.jupiter.api.Test;

/**
 * A clinician who left an issue half raised and comes back the next day with a command: the command
 * runs (they are told the draft expired), instead of being swallowed by the old draft.
 */
class ExpiredDraftCommandsIT extends BotConversationTest {

  private static final String GP = "gp1";
  private static final String NAME = "Dr Morag Fraser";

  private List<Sent> say(String text) {
    return say(activities.personalMessage(GP, NAME, text));
  }

  private void leftHalfRaisedForADay() {
    installInTeam();
    say("raise");
    say("Discharge letters lack medication changes");
    clock.advance(Duration.ofHours(25));
  }

  @Test
  void myIssuesTypedAfterTheDraftExpiredListsTheIssues() {
    leftHalfRaisedForADay();

    assertThat(say("my issues"))
        .extracting(Sent::text)
        .containsExactly(
            "Your unfinished issue from more than 24 hours ago had expired and was not kept.",
            "You haven't raised any issues yet. Type `raise` to raise one.");
    assertThat(say("my issues"))
        .extracting(Sent::text)
        .containsExactly("You haven't raised any issues yet. Type `raise` to raise one.");
  }

  @Test
  void raiseTypedAfterTheDraftExpiredStartsANewIssue() {
    leftHalfRaisedForADay();

    var replies = say("raise");

    assertThat(replies.get(0).text())
        .isEqualTo(
            "Your unfinished issue from more than 24 hours ago had expired and was not kept.");
    assertThat(replies).extracting(Sent::text).anyMatch(t -> t.startsWith("**What happened?**"));
    assertThat(say("Referral bounced without reason").get(0).text()).contains("Describe it");
  }

  @Test
  void anAnswerTypedAfterTheDraftExpiredIsStillNotKept() {
    leftHalfRaisedForADay();

    assertThat(say("Letters list discharge medicines only").get(0).text())
        .isEqualTo(
            "Your unfinished issue from more than 24 hours ago has expired and was not kept."
                + " Type `raise` to start a new one.");
    assertThat(jdbc.queryForObject("select count(*) from bot_state", Integer.class)).isZero();
  }
}
