package org.interfacebot.fellows;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.interfacebot.support.Activities;
import org.interfacebot.support.FakeBotConnector;
import org.junit.jupiter.api.Test;

/** Issues handed from one fellow to another, and fellows who are also the chair or the reporter. */
class FellowHandoverIT extends FellowConversationTest {

  private static final String PROGRESS = "Progress on";

  private FakeBotConnector.Sent channelProgressFrom(String fellow) {
    return awaitSent(
        s ->
            s.method().equals("POST")
                && s.conversationId().equals(Activities.CHANNEL)
                && s.text().startsWith(PROGRESS)
                && s.text().contains("from " + fellow));
  }

  /**
   * The replaced fellow hears of it in 1:1, the channel is told who replaces whom, and each update
   * keeps the fellow who wrote it: when the new fellow is forgotten, only their own update is shown
   * again without a name.
   */
  @Test
  void aReassignedIssueTellsTheFormerFellow_andUpdatesKeepWhoWroteThem() {
    String reference = acceptedAnonymousIssue();
    assign("chair", reference, "member3");
    personal("member3", "update " + reference + " Met the discharge team.");
    var first = channelProgressFrom("member3");

    assertThat(assign("chair", reference, "member4"))
        .isEqualTo(
            reference
                + " is now assigned to member4, who replaces member3 as its fellow. I've told them"
                + " both in 1:1; progress updates will appear here.");
    assertThat(toPerson("member3"))
        .contains(
            "A chair of the Interface Group has handed **"
                + reference
                + "** (Discharge letters arrive late) to another fellow, so it is no longer"
                + " assigned to you and you needn't post progress on it. Thank you for your work on"
                + " it.");
    assertThat(toPerson("member4")).anyMatch(t -> t.startsWith("The Interface Group has assigned"));
    assertThat(personal("member3", "update " + reference + " more"))
        .startsWith(reference + " is not assigned to you");
    personal("member4", "update " + reference + " Audit under way.");
    assertThat(channelProgressFrom("member4").text()).endsWith("from member4: Audit under way.");
    assertThat(
            jdbc.queryForList(
                "select author_key from fellow_update order by posted_at, id", String.class))
        .containsExactly("aad-member3", "aad-member4");
    assertThat(personal("member3", "my data"))
        .contains("**Progress updates you posted as fellow:** 1");

    personal("member4", "forget me");
    personal("member4", "yes");
    awaitEveryDeliveryMade(java.time.Duration.ofSeconds(10));
    var shownAgain =
        connector.sent().stream()
            .filter(s -> s.method().equals("PUT") && s.text().startsWith(PROGRESS))
            .toList();
    assertThat(shownAgain).hasSize(1);
    assertThat(shownAgain.get(0).text())
        .endsWith("from a fellow who has since asked to be forgotten: Audit under way.");
    assertThat(shownAgain.get(0).activityId()).isNotEqualTo(first.activityId());
  }

  @Test
  void assigningAnIssueToItsOwnFellowAgainChangesNothing() {
    String reference = acceptedAnonymousIssue();
    assign("chair", reference, "member3");
    assertThat(assign("chair", reference, "member3"))
        .isEqualTo(reference + " is already assigned to member3, so nothing has changed.");
    assertThat(toPerson("member3"))
        .filteredOn(t -> t.contains("assigned **" + reference))
        .hasSize(1);
    assertThat(jdbc.queryForObject("select fellow_key from fellow_assignment", String.class))
        .isEqualTo("aad-member3");
  }

  @Test
  void twoIssuesOrTwoFellowsAreRefusedAndNothingIsAssigned() {
    String reference = acceptedAnonymousIssue();
    String oneAtATime =
        "Please assign one issue to one fellow at a time: `assign IF-2027-0042 @person`. Nothing"
            + " was assigned.";
    assertThat(assign("chair", reference + " IF-" + YEAR + "-0999", "member3"))
        .isEqualTo(oneAtATime);
    ObjectNode twoFellows = mentioning("chair", "assign " + reference, "member3");
    twoFellows.put("text", twoFellows.path("text").asText() + " <at>member4</at>");
    ((ArrayNode) twoFellows.get("entities"))
        .addObject()
        .put("type", "mention")
        .put("text", "<at>member4</at>")
        .putObject("mentioned")
        .put("id", "29:member4")
        .put("name", "member4");
    assertThat(say(twoFellows).get(0).text()).isEqualTo(oneAtATime);
    assertThat(count("fellow_assignment")).isZero();
  }

  /**
   * gp1 raised the issue anonymously: nothing in the channel says so when it is assigned to them,
   * their 1:1 message does, and they are not sent their own update as its reporter.
   */
  @Test
  void theAnonymousReporterAsFellowIsNotRevealedNorToldOfTheirOwnUpdate() {
    String reference = acceptedAnonymousIssue();
    assertThat(assign("chair", reference, "gp1"))
        .isEqualTo(
            reference
                + " is assigned to gp1. I've told them in 1:1; their progress updates will appear"
                + " here.");
    assertThat(toPerson("gp1"))
        .anyMatch(
            t ->
                t.contains(
                    "You raised this issue yourself, anonymously: the group sees you as its fellow"
                        + " and still isn't told that you raised it."));
    assertThat(personal("gp1", "update " + reference + " Spoke to the ward."))
        .isEqualTo("Posted your update on " + reference + " to the group's channel.");
    channelProgressFrom("gp1");
    assertThat(toPerson("gp1")).noneMatch(t -> t.startsWith("Progress on your issue"));
    assertThat(connector.sent())
        .filteredOn(s -> s.conversationId().equals(Activities.CHANNEL))
        .noneMatch(s -> s.text().contains("raised") || s.text().contains("Morag"));
  }

  /** The chair who assigns it to themself, or hands it on from themself, is told only here. */
  @Test
  void aChairWhoTakesOrHandsOnAnIssueIsNotToldAgainIn1to1() {
    String reference = acceptedAnonymousIssue();
    assertThat(assign("chair", reference, "chair"))
        .startsWith(reference + " is assigned to you, ")
        .endsWith(
            "Post progress to me in 1:1 with `update "
                + reference
                + " <what has happened>`; it will appear here.");
    assertThat(assign("chair", reference, "member3"))
        .startsWith(reference + " is now assigned to member3, who replaces you, ");
    assertThat(toPerson("chair")).isEmpty();
    assertThat(toPerson("member3")).anyMatch(t -> t.startsWith("The Interface Group has assigned"));
  }

  /**
   * Teams cannot yet take the word to member3 that the issue is theirs when a chair hands it on to
   * member4: member4 hears once that it is theirs, and member3 is never told it is theirs.
   */
  @Test
  void anAssignmentHeldUpByTeamsAndHandedOnMeanwhileReachesOnlyTheNewFellowOnce() {
    String reference = acceptedAnonymousIssue();
    personal("member3", "help");
    connector.down(Activities.personalConversation("member3"));
    assign("chair", reference, "member3");
    awaitTried("FellowAnnouncements", 1, 1, java.time.Duration.ofSeconds(20));
    assign("chair", reference, "member4");
    connector.up(Activities.personalConversation("member3"));

    assertThat(toPerson("member4"))
        .filteredOn(t -> t.startsWith("The Interface Group has assigned"))
        .hasSize(1);
    assertThat(toPerson("member3"))
        .noneMatch(t -> t.startsWith("The Interface Group has assigned"));
  }

  /**
   * A chair who took an issue as its fellow and posted progress on it, then asks to be forgotten,
   * is told of the one assignment (not one as fellow and another as the chair who made it) and of
   * the progress update, both kept for the group.
   */
  @Test
  void aChairWhoWasTheirOwnFellowAndIsForgottenIsToldOfOneAssignmentAndTheirUpdate() {
    String reference = acceptedAnonymousIssue();
    assign("chair", reference, "chair");
    personal("chair", "update " + reference + " Met the discharge team.");

    personal("chair", "forget me");
    assertThat(personal("chair", "yes"))
        .contains(
            "1 fellow assignment and 1 progress update kept for the group, no longer linked to"
                + " you")
        .doesNotContain("2 fellow assignments");
  }

  /**
   * The reply that handed an issue from one fellow to another names both: each who asks to be
   * forgotten is left out of it in Teams, the other still shown until they ask too.
   */
  @Test
  void aHandoverReplyLeavesOutEachFellowWhoIsForgotten() {
    String reference = acceptedAnonymousIssue();
    assign("chair", reference, "member3");
    var handover = say(mentioning("chair", "assign " + reference, "member4")).get(0);

    personal("member3", "forget me");
    personal("member3", "yes");
    var first =
        awaitSent(s -> s.method().equals("PUT") && s.activityId().equals(handover.activityId()));
    assertThat(first.text())
        .isEqualTo(
            reference
                + " is now assigned to member4, who replaces someone who has since asked to be"
                + " forgotten as its fellow. I've told them both in 1:1; progress updates will"
                + " appear here.");
    awaitEveryDeliveryMade(java.time.Duration.ofSeconds(20));
    assertThat(count("named_reply")).as("the handover, still naming member4").isEqualTo(1);

    personal("member4", "forget me");
    personal("member4", "yes");
    awaitEveryDeliveryMade(java.time.Duration.ofSeconds(20));
    assertThat(
            connector.sent().stream()
                .filter(s -> s.method().equals("PUT"))
                .filter(s -> s.activityId().equals(handover.activityId()))
                .map(org.interfacebot.support.FakeBotConnector.Sent::text))
        .last()
        .isEqualTo(
            reference
                + " is now assigned to someone who has since asked to be forgotten, who replaces"
                + " someone who has since asked to be forgotten as its fellow. I've told them both"
                + " in 1:1; progress updates will appear here.");
    assertThat(count("named_reply")).isZero();
  }
}
