package org.interfacebot.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.interfacebot.support.Activities;
import org.interfacebot.support.BotConversationTest;
import org.junit.jupiter.api.Test;

class PersonalDataIT extends BotConversationTest {

  private String mine;
  private String theirs;

  /** gp1 raises an issue and votes on gp2's; the group votes anonymously on a third. */
  private void gp1RaisesAndVotes() {
    installInTeam();
    mine = raise("gp1", "Dr Morag Fraser", "Results sent to the wrong GP", "Test results");
    theirs = raise("gp2", "Dr Ian Gray", "Discharge letters lack medicine changes", "Prescribing");
    vote("gp1", theirs, "discuss");
    chair("settings anonymous on");
    String third = raise("gp3", "Dr Eve Hill", "Referrals bounced without reason", "Referrals");
    vote("gp1", third, "refer");
    awaitSent(s -> s.conversationId().equals(Activities.CHANNEL) && s.cardText().contains(third));
  }

  private String gp1Says(String text) {
    return say(activities.personalMessage("gp1", "Dr Morag Fraser", text)).get(0).text();
  }

  @Test
  void myDataShowsIssuesVotesRolesAndTheChatKept() {
    gp1RaisesAndVotes();

    String shown = gp1Says("my data");

    assertThat(shown)
        .contains("**Issues you raised:** " + mine + " (Open for triage)")
        .contains("**Votes:** " + theirs + ": discuss; and 1 in groups that vote anonymously")
        .contains("**Member of:** ")
        .contains("**Chair of:** none")
        .contains("a reference to your 1:1 chat with me")
        .contains("`forget me`");
    assertThat(chair("help")).doesNotContain("my data");
  }

  @Test
  void forgetMeAsksFirstAndAnythingButYesRemovesNothing() {
    gp1RaisesAndVotes();

    assertThat(gp1Says("forget me"))
        .contains("You will no longer be told when their status changes")
        .contains("Type `yes` to go ahead");
    assertThat(gp1Says("no thanks")).contains("Nothing was removed");

    assertThat(
            jdbc.queryForObject(
                "select count(*) from issue where reporter_key = 'aad-gp1'", Integer.class))
        .isEqualTo(1);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from triage_vote where voter_key = 'aad-gp1'", Integer.class))
        .isEqualTo(1);
  }

  @Test
  void forgetMeUnlinksIssuesAndVotesAndDeletesRolesAndTheChat() {
    gp1RaisesAndVotes();
    var votesBefore =
        jdbc.queryForList("select choice from triage_vote order by choice", String.class);

    gp1Says("forget me");
    String done = gp1Says("yes");

    assertThat(done)
        .contains("1 issue(s) you raised are now anonymous; you won't be told of their status")
        .contains("2 vote(s) still count but are no longer linked to you")
        .contains("removed from 1 group member list(s)");
    assertThat(
            jdbc.queryForMap(
                "select reporter_key, reporter_name, show_name, title from issue where reference = ?",
                mine))
        .satisfies(
            row -> {
              assertThat((String) row.get("REPORTER_KEY")).startsWith("gone:");
              assertThat(row.get("REPORTER_NAME")).isNull();
              assertThat(row.get("SHOW_NAME")).isEqualTo(false);
              assertThat(row.get("TITLE")).isEqualTo("Results sent to the wrong GP");
            });
    assertThat(jdbc.queryForList("select choice from triage_vote order by choice", String.class))
        .isEqualTo(votesBefore);
    List<String> voters = jdbc.queryForList("select voter_key from triage_vote", String.class);
    assertThat(voters.stream().filter(k -> k.startsWith("gone:")).count()).isEqualTo(2);
    assertThat(voters).doesNotContain("aad-gp1");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from group_member where person_key = 'aad-gp1'", Integer.class))
        .isZero();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from conversation_reference where ref_key = 'personal:aad-gp1'",
                Integer.class))
        .isZero();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from bot_state where storage_key like '%personal-gp1%'",
                Integer.class))
        .isZero();
    assertThat(gp1Says("my data"))
        .contains("**Issues you raised:** none")
        .contains("**Votes:** none");
  }

  @Test
  void aChairWhoIsForgottenIsNoLongerAChairAndTheChannelIsTold() {
    installInTeam();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from group_chair where person_key = 'aad-chair'", Integer.class))
        .isEqualTo(1);

    say(activities.personalMessage("chair", "Dr Ann Law", "forget me"));
    String done = say(activities.personalMessage("chair", "Dr Ann Law", "yes")).get(0).text();

    assertThat(done).contains("no longer a chair of 1 group(s); their channels have been told");
    assertThat(jdbc.queryForObject("select count(*) from group_chair", Integer.class)).isZero();
    assertThat(
            awaitSent(
                    s ->
                        s.conversationId().equals(Activities.CHANNEL)
                            && s.text().contains("chairs"))
                .text())
        .contains("One of this group's chairs asked Interface Bot to forget them")
        .doesNotContain("Ann Law");
  }
}
