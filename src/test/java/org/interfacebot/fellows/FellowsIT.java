package org.interfacebot.fellows;

import static org.assertj.core.api.Assertions.assertThat;

import org.interfacebot.support.Activities;
import org.junit.jupiter.api.Test;

class FellowsIT extends FellowConversationTest {

  @Test
  void aChairAssignsAnAcceptedIssue_theFellowPostsProgress_channelAndAnonymousReporterHearIt() {
    String reference = acceptedAnonymousIssue();

    assertThat(assign("chair", reference, "member3"))
        .isEqualTo(
            reference
                + " is assigned to member3. I've told them in 1:1; their progress updates will"
                + " appear here.");
    String toFellow =
        awaitSent(
                s ->
                    s.conversationId().equals(Activities.personalConversation("member3"))
                        && s.text().contains("assigned"))
            .text();
    assertThat(toFellow)
        .startsWith(
            "The Interface Group has assigned **"
                + reference
                + "** to you as clinical development fellow: Discharge letters arrive late.")
        .contains("Post progress here with `update " + reference + " <what has happened>`")
        .doesNotContain("Morag");

    assertThat(
            personal(
                "member3", "update " + reference + " Met the discharge team; audit starts Monday."))
        .isEqualTo(
            "Posted your update on "
                + reference
                + " to the group's channel and the person who raised it.");
    assertThat(
            awaitSent(
                    s ->
                        s.conversationId().equals(Activities.CHANNEL)
                            && s.text().startsWith("Progress on"))
                .text())
        .isEqualTo(
            "Progress on **"
                + reference
                + "** (Discharge letters arrive late) from member3: Met the discharge team; audit"
                + " starts Monday.")
        .doesNotContain("Morag");
    assertThat(
            awaitSent(
                    s ->
                        s.conversationId().equals(Activities.personalConversation("gp1"))
                            && s.text().startsWith("Progress on your issue"))
                .text())
        .isEqualTo(
            "Progress on your issue **"
                + reference
                + "** (Discharge letters arrive late): Met the discharge team; audit starts"
                + " Monday.");
    assertThat(count("fellow_update")).isEqualTo(1);
  }

  @Test
  void badAssignmentsAreRefusedAndNothingIsAssigned() {
    String reference = acceptedAnonymousIssue();
    assertThat(assign("gp2", reference, "member3"))
        .isEqualTo(
            "Only a chair of the group can assign an issue to a fellow. Type `chairs` to see who"
                + " they are.");
    assertThat(assign("chair", "IF-1999-0001", "member3"))
        .isEqualTo("I can't find an issue IF-1999-0001 in this group.");
    assertThat(chair("assign " + reference))
        .isEqualTo(
            "Please give the issue's reference and mention the fellow: `assign IF-2027-0042"
                + " @person`. Nothing was assigned.");
    assertThat(assign("chair", reference, "stranger"))
        .isEqualTo(
            "I can't find that person among the members of the group's team, so nothing was"
                + " assigned.");
    String open = raise("gp2", "Dr gp2", "Referral bounced", "Test results");
    assertThat(assign("chair", open, "member3"))
        .isEqualTo(
            open
                + " can't be assigned to a fellow: it is open for triage. Only issues the group has"
                + " accepted can be. Nothing was assigned.");
    assertThat(
            say(activities.personalMessage("chair", "Dr Ann Law", "assign " + reference))
                .get(0)
                .text())
        .contains("assign");
    assertThat(count("fellow_assignment")).isZero();
  }

  @Test
  void onlyTheAssignedFellowPostsAndBadUpdatesChangeNothing() {
    String reference = acceptedAnonymousIssue();
    assign("chair", reference, "member3");
    assertThat(personal("member4", "update " + reference + " I did some work"))
        .isEqualTo(
            reference
                + " is not assigned to you, so nothing was posted. A chair assigns issues with"
                + " `assign`.");
    assertThat(personal("member3", "update IF-1999-0001 progress"))
        .isEqualTo(
            "I can't find an issue IF-1999-0001 in the Interface Groups I work for, so nothing was"
                + " posted.");
    assertThat(personal("member3", "update soon"))
        .isEqualTo("Please write `update IF-2027-0042 <what has happened>`.");
    assertThat(personal("member3", "update " + reference))
        .isEqualTo("Please say what has happened: `update " + reference + " <text>`.");
    String refused = personal("member3", "update " + reference + " Patient 943 476 5919 was seen");
    assertThat(refused).doesNotContain("943 476 5919").doesNotContain("Posted");
    assertThat(count("fellow_update")).isZero();
    assertThat(connector.sent().stream().filter(s -> s.text().startsWith("Progress on"))).isEmpty();
  }

  /**
   * A fellow who asks to be forgotten loses the assignment, and the progress they posted in the
   * channel is shown again without their name; what they wrote stays for the group.
   */
  @Test
  void aFellowWhoIsForgottenNoLongerHoldsTheAssignmentNorIsNamedInTheChannel() {
    String reference = acceptedAnonymousIssue();
    assign("chair", reference, "member3");
    personal("member3", "update " + reference + " Met the discharge team.");
    var progress =
        awaitSent(
            s -> s.conversationId().equals(Activities.CHANNEL) && s.text().startsWith("Progress"));
    assertThat(progress.text()).contains("from member3");
    assertThat(personal("member3", "my data")).contains("**Issues assigned to you as fellow:** 1");
    personal("member3", "forget me");
    assertThat(personal("member3", "yes"))
        .contains(
            "1 fellow assignment and 1 progress update kept for the group, no longer linked to you");
    assertThat(jdbc.queryForObject("select fellow_key from fellow_assignment", String.class))
        .startsWith("gone:");
    var shownAgain =
        awaitSent(s -> s.method().equals("PUT") && s.activityId().equals(progress.activityId()));
    assertThat(shownAgain.text())
        .isEqualTo(
            "Progress on **"
                + reference
                + "** (Discharge letters arrive late) from a fellow who has since asked to be"
                + " forgotten: Met the discharge team.");
    assertThat(personal("member3", "update " + reference + " more work"))
        .startsWith(reference + " is not assigned to you");
  }

  /**
   * Teams takes the update in the channel but not yet in the reporter's chat: each time the
   * delivery is tried again it is for the reporter, and the channel gets the update once.
   */
  @Test
  void anUpdateHeldUpForTheReporterIsPostedInTheChannelOnce() {
    String reference = acceptedAnonymousIssue();
    assign("chair", reference, "member3");
    connector.down(Activities.personalConversation("gp1"));
    personal("member3", "update " + reference + " Met the discharge team.");
    awaitRetried("FellowAnnouncements", 1, java.time.Duration.ofSeconds(20));
    connector.up(Activities.personalConversation("gp1"));

    assertThat(toPerson("gp1")).anyMatch(text -> text.startsWith("Progress on your issue"));
    assertThat(connector.sent())
        .filteredOn(s -> s.conversationId().equals(Activities.CHANNEL))
        .filteredOn(s -> s.text().startsWith("Progress on"))
        .hasSize(1);
  }

  /** A progress update someone deleted in Teams (404) is not tried again after forget me. */
  @Test
  void aProgressUpdateDeletedInTeamsIsNotTriedAgain() {
    String reference = acceptedAnonymousIssue();
    assign("chair", reference, "member3");
    personal("member3", "update " + reference + " Met the discharge team.");
    awaitSent(
        s -> s.conversationId().equals(Activities.CHANNEL) && s.text().startsWith("Progress"));
    connector.refuse(Activities.CHANNEL, 404);

    personal("member3", "forget me");
    personal("member3", "yes");

    awaitEveryDeliveryMade(java.time.Duration.ofSeconds(30));
    assertThat(
            jdbc.queryForObject(
                "select completion_attempts from event_publication"
                    + " where listener_id like '%(org.interfacebot.fellows.ProgressChanged)'",
                Integer.class))
        .as("tried once")
        .isEqualTo(1);
  }

  /**
   * member3 is in the team (Teams lists them) but left the bot's member list by saying forget me:
   * the chair can still assign them, as Teams is asked, and they are back on the list.
   */
  @Test
  void aTeamMemberMissingFromTheMemberListCanBeAssigned() {
    String reference = acceptedAnonymousIssue();
    personal("member3", "forget me");
    personal("member3", "yes");
    assertThat(memberRows("aad-member3")).isZero();

    assertThat(assign("chair", reference, "member3"))
        .startsWith(reference + " is assigned to member3.");
    assertThat(count("fellow_assignment")).isOne();
    assertThat(memberRows("aad-member3")).isOne();
  }

  /**
   * The column holds 2,000 UTF-16 characters, an emoji taking two: an update of 1,990 emoji is
   * refused with the usual reply, and one of 1,000 fits and is posted.
   */
  @Test
  void anEmojiHeavyUpdateTooLongToKeepIsRefusedClearly() {
    String reference = acceptedAnonymousIssue();
    assign("chair", reference, "member3");

    assertThat(personal("member3", "update " + reference + " " + "\uD83C\uDF89".repeat(1990)))
        .isEqualTo(
            "Please keep an update to 2,000 characters (an emoji counts as two): yours has 3,980."
                + " Nothing was posted.");
    assertThat(count("fellow_update")).isZero();
    assertThat(personal("member3", "update " + reference + " " + "\uD83C\uDF89".repeat(1000)))
        .startsWith("Posted your update on " + reference);
    assertThat(count("fellow_update")).isOne();
  }

  private int memberRows(String personKey) {
    return jdbc.queryForObject(
        "select count(*) from group_member where person_key = ?", Integer.class, personKey);
  }
}
