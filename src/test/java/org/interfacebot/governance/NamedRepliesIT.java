package org.interfacebot.governance;

import static org.assertj.core.api.Assertions.assertThat;

import org.interfacebot.support.Activities;
import org.interfacebot.support.BotConversationTest;
import org.interfacebot.support.FakeBotConnector;
import org.junit.jupiter.api.Test;

/**
 * The bot's replies in a channel that name a person (a chair appointed or removed) are worded again
 * in Teams without the person once they ask to be forgotten, and nothing is kept of them after.
 */
class NamedRepliesIT extends BotConversationTest {

  private String gp(String user, String name, String text) {
    return say(activities.personalMessage(user, name, text)).get(0).text();
  }

  private FakeBotConnector.Sent chairSays(String command, String member, String shownAs) {
    installInTeam();
    return say(activities.channelMentionOf("chair", "Dr Ann Law", command, member, shownAs)).get(0);
  }

  private int kept() {
    return jdbc.queryForObject("select count(*) from named_reply", Integer.class);
  }

  @Test
  void aChairWhoIsForgottenIsLeftOutOfTheReplyThatAppointedThem() {
    var reply = chairSays("chair add", "member2", "Dr Una Moir");
    String group = reply.text().substring(reply.text().indexOf(" of ") + 4);
    // The name on the team's member list, which the mention is matched to.
    assertThat(reply.text()).isEqualTo("member2 is now a chair of " + group);
    assertThat(gp("member2", "Dr Una Moir", "my data"))
        .contains(
            "\n- **My replies in a group's channel that name you:** 1 (such as a chair's `chair"
                + " add`), kept so that I can take your name out of them if you ask me to forget"
                + " you\n");

    gp("member2", "Dr Una Moir", "forget me");
    gp("member2", "Dr Una Moir", "yes");

    var shownAgain =
        awaitSent(s -> s.method().equals("PUT") && s.activityId().equals(reply.activityId()));
    assertThat(shownAgain.conversationId()).isEqualTo(reply.conversationId());
    assertThat(shownAgain.text())
        .isEqualTo("Someone who has since asked to be forgotten is now a chair of " + group);
    awaitEveryDeliveryMade(java.time.Duration.ofSeconds(20));
    assertThat(kept()).isZero();
    assertThat(gp("member2", "Dr Una Moir", "my data")).doesNotContain("My replies");
  }

  /** Someone else asking to be forgotten changes nothing in a reply that does not name them. */
  @Test
  void aReplyIsChangedOnlyForThePersonItNames() {
    var reply = chairSays("chair add", "member2", "Dr Una Moir");
    gp("member3", "Dr Rhona Bell", "forget me");
    gp("member3", "Dr Rhona Bell", "yes");

    awaitEveryDeliveryMade(java.time.Duration.ofSeconds(20));
    assertThat(connector.sent()).noneMatch(s -> s.method().equals("PUT"));
    assertThat(kept()).isEqualTo(1);
    assertThat(
            jdbc.queryForObject(
                "select wording_json from named_reply where activity_id = ?",
                String.class,
                reply.activityId()))
        .contains("member2", "aad-member2")
        .doesNotContain("Dr Ann Law", "29:chair");
  }

  /** A reply Teams no longer has (deleted there: 404) is not tried again, and not kept. */
  @Test
  void aReplyDeletedInTeamsIsForgottenWithoutTryingAgain() {
    chairSays("chair add", "member2", "Dr Una Moir");
    connector.refuse(Activities.CHANNEL, 404);

    gp("member2", "Dr Una Moir", "forget me");
    gp("member2", "Dr Una Moir", "yes");

    awaitEveryDeliveryMade(java.time.Duration.ofSeconds(20));
    assertThat(kept()).isZero();
  }

  /**
   * A reply in a chair's own 1:1 chat that names someone else goes with that chat when the chair
   * asks to be forgotten: nothing kept points into it.
   */
  @Test
  void repliesInTheChatOfAChairWhoIsForgottenAreNotKept() {
    installInTeam();
    var add = activities.personalMentionOf("chair", "Dr Ann Law", "chair add", "member2");
    assertThat(say(add).get(0).text()).startsWith("member2 is now a chair of ");
    assertThat(kept()).isEqualTo(1);

    gp("chair", "Dr Ann Law", "forget me");
    gp("chair", "Dr Ann Law", "yes");

    assertThat(kept()).isZero();
    gp("member2", "Dr Una Moir", "forget me");
    gp("member2", "Dr Una Moir", "yes");
    awaitEveryDeliveryMade(java.time.Duration.ofSeconds(20));
    assertThat(connector.sent()).noneMatch(s -> s.method().equals("PUT"));
  }
}
