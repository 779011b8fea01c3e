package org.interfacebot.groups;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.interfacebot.support.BotConversationTest;
import org.junit.jupiter.api.Test;

class SettingsIT extends BotConversationTest {

  @Test
  void aQuorumLargerThanTheGroupIsKeptButTheChairIsWarnedThatNoVoteCanReachIt() {
    connector.roster(List.of("chair", "gp1", "gp2", "gp3", "gp4", "gp5"));
    installInTeam();

    assertThat(chair("settings quorum 50"))
        .startsWith("Done. Triage votes stay open for 7 days and need 50 votes for a decision;")
        .contains(
            "I know of 6 members in this group, so no vote can reach a quorum of 50 until more"
                + " people join. Until then every vote will end without a quorum and go to the"
                + " chairs to decide.");
    assertThat(jdbc.queryForObject("select quorum from interface_group", Integer.class))
        .isEqualTo(50);
    assertThat(chair("settings quorum 6")).doesNotContain("I know of");
  }

  private static final String NOT_A_MEMBER =
      "The group's settings are for members of the Interface Group, and I can't find you in its"
          + " team, so nothing was shown or changed. If you are in the team, type `settings` in the"
          + " group's channel; if not, ask a chair about joining it.";

  private String in1to1(String user, String text) {
    return say(activities.personalMessage(user, "Dr " + user, text)).get(0).text();
  }

  private int onMemberList(String user) {
    return jdbc.queryForObject(
        "select count(*) from group_member where person_key = ?", Integer.class, "aad-" + user);
  }

  @Test
  void in1to1SomeoneTeamsDoesNotListInTheTeamIsRefusedAndNothingChanges() {
    installInTeam();
    var before = jdbc.queryForMap("select * from interface_group");

    for (String typed :
        List.of("settings", "settings quorum 1", "settings digest monday", "settings digest off")) {
      String reply = in1to1("outsider", typed);
      assertThat(reply).as(typed).isEqualTo(NOT_A_MEMBER);
    }
    assertThat(connector.memberLookups()).as("Teams was asked").isPositive();
    assertThat(jdbc.queryForMap("select * from interface_group")).isEqualTo(before);
    assertThat(onMemberList("outsider")).isZero();
  }

  @Test
  void in1to1MembersSeeTheSettingsAndAMemberOffTheListIsLookedUpInTeams() {
    installInTeam();
    assertThat(in1to1("gp1", "settings"))
        .startsWith("Triage votes stay open for 7 days")
        .endsWith(
            "Chairs can change them with `settings vote-days 7`, `settings quorum 3`, `settings"
                + " results always|after-voting|after-close`, `settings anonymous on|off`,"
                + " `settings digest monday 09:00` or `settings digest off`.");
    assertThat(in1to1("gp1", "settings quorum 1"))
        .isEqualTo(
            "Only a chair of the group can change the group's settings. Type `chairs` to"
                + " see who they are.");

    say(activities.personalMessage("gp2", "Dr gp2", "forget me"));
    say(activities.personalMessage("gp2", "Dr gp2", "yes"));
    assertThat(onMemberList("gp2")).as("forget me took them off the member list").isZero();
    assertThat(in1to1("gp2", "settings")).startsWith("Triage votes stay open for 7 days");
    assertThat(onMemberList("gp2")).as("Teams lists them: back on the list").isOne();
  }

  @Test
  void aDayAloneMeansTheUsualTimeAndTheReplySaysSo() {
    installInTeam();
    assertThat(chair("settings digest friday 14:30"))
        .isEqualTo(
            "Done. The weekly digest is posted in the channel on Fridays at 14:30 (UK time).");

    assertThat(chair("settings digest Monday"))
        .isEqualTo(
            "Done. The weekly digest is posted in the channel on Mondays at 09:00 (UK time). You"
                + " gave no time, so it is 09:00; to choose one, add it: `settings digest monday"
                + " 13:30`.");
    assertThat(jdbc.queryForMap("select digest_on, digest_day, digest_time from interface_group"))
        .containsEntry("DIGEST_ON", true)
        .containsEntry("DIGEST_DAY", "MONDAY")
        .containsEntry("DIGEST_TIME", "09:00");
    assertThat(in1to1("chair", "settings digest tuesdays"))
        .startsWith("Done. The weekly digest is posted in the channel on Tuesdays at 09:00");

    assertThat(chair("settings digest someday"))
        .isEqualTo(
            "I can't read that. Chairs can write `settings digest monday 13:30` (a day, and if you"
                + " like a time on the 24-hour clock; a day alone means 09:00), `settings digest"
                + " on` or `settings digest off`.");
    assertThat(jdbc.queryForObject("select digest_day from interface_group", String.class))
        .isEqualTo("TUESDAY");
  }

  @Test
  void aValueWithMoreWordsThanTheSettingTakesIsRefusedAndChangesNothing() {
    installInTeam();
    var before = jdbc.queryForMap("select * from interface_group");

    // "2 weeks" is not 2 days; "3 4" is not 3.
    for (String typed :
        List.of(
            "settings vote-days 2 weeks",
            "settings quorum 3 4",
            "settings quorum 1 or 2",
            "settings anonymous on off",
            "settings results always after-close")) {
      assertThat(chair(typed)).as(typed).doesNotStartWith("Done.").contains("Chairs can change");
    }
    assertThat(chair("settings vote-days 2 weeks"))
        .startsWith("Vote days must be a whole number from 1 to 90.");
    assertThat(jdbc.queryForMap("select * from interface_group")).isEqualTo(before);

    // A unit that says what the number already means is fine.
    assertThat(chair("settings vote-days 10 days"))
        .startsWith("Done. Triage votes stay open for 10 days");
    assertThat(chair("settings quorum 4 votes")).startsWith("Done.").contains("need 4 votes");
  }

  /** One day, one vote, one member: each in the singular. */
  @Test
  void aSettingOfOneIsWrittenInTheSingular() {
    connector.roster(List.of("chair"));
    installInTeam();

    assertThat(chair("settings vote-days 1"))
        .startsWith("Done. Triage votes stay open for 1 day and need 3 votes for a decision;")
        .contains(
            "Please note: I know of 1 member in this group, so no vote can reach a quorum of 3");
    assertThat(chair("settings quorum 1"))
        .startsWith("Done. Triage votes stay open for 1 day and need 1 vote for a decision;")
        .doesNotContain("I know of");
  }
}
