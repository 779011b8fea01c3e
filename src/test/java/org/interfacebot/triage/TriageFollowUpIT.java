package org.interfacebot.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.interfacebot.support.Activities;
import org.interfacebot.support.BotConversationTest;
import org.interfacebot.support.CardText;
import org.interfacebot.support.FakeBotConnector.Sent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What follows a decision: naming the operational group, chasing referrals, more information. */
class TriageFollowUpIT extends BotConversationTest {

  @Autowired TriageSchedule schedule;

  @Test
  void aReferralWithoutAGroupAsksTheChairsWhichOne() {
    String reference = raiseOne();
    assertThat(chair("close " + reference + " refer"))
        .isEqualTo(
            "Closed the vote on "
                + reference
                + ": Refer to operational group. Choose the operational group on the card I've"
                + " posted in the channel, or type `close "
                + reference
                + " refer <operational group>`. I've told the reporter.");
    assertThat(status()).isEqualTo("REFERRED");
    assertThat(awaitSent(s -> s.text().contains("decided to refer it")).text())
        .contains(
            "Referred to an operational group",
            "The chairs are choosing which one, and I'll tell you when they have.");

    Sent card =
        awaitSent(
            s ->
                s.hasCard()
                    && s.cardText().contains("Which operational group should " + reference));
    assertThat(card.cardText()).contains("Operational group", "Or another group", "[Refer]");

    var notChair =
        clickInChannel(
            "member1",
            "triage.refer",
            Activities.data()
                .put("issue", reference)
                .put("operationalGroup", "Clinical Management Group"));
    assertThat(CardText.of(notChair.json().path("value"))).contains("Only a chair");
    clickInChannel(
        "chair",
        "triage.refer",
        Activities.data()
            .put("issue", reference)
            .put("operationalGroup", "Clinical Management Group")
            .put("otherGroup", ""));

    assertThat(status()).isEqualTo("REFERRED");
    assertThat(jdbc.queryForObject("select referred_to from issue", String.class))
        .isEqualTo("Clinical Management Group");
    assertThat(awaitSent(s -> s.text().contains("Referred to Clinical Management Group.")).text())
        .contains(reference);
    var again =
        clickInChannel(
            "chair",
            "triage.refer",
            Activities.data().put("issue", reference).put("operationalGroup", "Another Group"));
    assertThat(CardText.of(again.json().path("value")))
        .contains(reference + " has already been referred.");
  }

  @Test
  void aChairNamesTheOperationalGroupOfAnEarlierReferralByCommand() {
    String reference = raiseOne();
    chair("close " + reference + " refer");
    assertThat(chair("reply " + reference + " They will look at it."))
        .isEqualTo(
            "No operational group has been chosen for "
                + reference
                + " yet. Please choose one on the card in the channel, or type `close "
                + reference
                + " refer <operational group>`, then record its reply.");
    assertThat(chair("health"))
        .contains(
            "- Decided to be referred, with no operational group chosen yet (`close <reference>"
                + " refer <operational group>`): "
                + reference);
    clock.advance(Duration.ofDays(29));
    schedule.run();
    assertThat(awaitSent(s -> s.text().startsWith("Follow-up:")).text())
        .isEqualTo(
            "Follow-up: the group decided to refer **"
                + reference
                + "**, and no operational group has been chosen. Chairs, please choose one on the"
                + " card I posted, or with `@Interface Bot close "
                + reference
                + " refer <operational group>`.");

    assertThat(chair("close " + reference + " refer Respiratory Managed Clinical Network"))
        .isEqualTo(
            reference
                + " is referred to Respiratory Managed Clinical Network. I've told the reporter.");

    assertThat(status()).isEqualTo("REFERRED");
    assertThat(jdbc.queryForObject("select referred_to from issue", String.class))
        .isEqualTo("Respiratory Managed Clinical Network");
    assertThat(
            awaitSent(s -> s.text().contains("Referred to Respiratory Managed Clinical Network."))
                .conversationId())
        .isEqualTo(Activities.personalConversation("gp1"));
    assertThat(chair("health")).doesNotContain("no operational group chosen");
    assertThat(
            awaitSent(
                    s ->
                        s.method().equals("PUT")
                            && s.cardText().contains("Referred to Respiratory Managed"))
                .cardText())
        .contains("Decided: Refer to operational group");
    assertThat(chair("close " + reference + " refer Another Group"))
        .isEqualTo("The vote on " + reference + " has already been decided.");
    assertThat(chair("reply " + reference + " They will look at it."))
        .startsWith("Recorded Respiratory Managed Clinical Network's reply on " + reference);
    assertThat(chair("audit " + reference))
        .contains(
            "named the operational group the issue is referred to",
            "recorded the operational group's reply to the referral")
        .doesNotContain("They will look at it", "Respiratory");
  }

  @Test
  void aReferralWithNoReplyByItsFollowUpDateIsChasedAndTheReplyReachesTheReporter() {
    String reference = raiseOne();
    chair("close " + reference + " refer Laboratory Services");

    clock.advance(Duration.ofDays(29));
    schedule.run();
    schedule.run();

    assertThat(awaitSent(s -> s.text().startsWith("Follow-up:")).text())
        .contains(reference, "referred to Laboratory Services", "reply " + reference);
    assertThat(
            say(activities.channelMention("member1", "m", "reply " + reference + " Fixed"))
                .get(0)
                .text())
        .contains("Only a chair");
    assertThat(chair("reply " + reference + " The lab now routes results by practice code."))
        .isEqualTo(
            "Recorded Laboratory Services's reply on " + reference + ". I've told the reporter.");
    assertThat(awaitSent(s -> s.text().contains("Reply from Laboratory Services")).conversationId())
        .isEqualTo(Activities.personalConversation("gp1"));
    assertThat(connector.sent().stream().filter(s -> s.text().startsWith("Follow-up:")).count())
        .isEqualTo(1);
  }

  @Test
  void needMoreInformationAsksTheReporterAndTheirAnswerReopensTheVoteForEveryoneAfresh() {
    String reference = raiseOne();
    vote("member1", reference, "more-info");
    vote("member2", reference, "more-info");
    chair("close " + reference + " more-info Which wards does this affect?");

    Sent ask =
        awaitSent(
            s ->
                s.conversationId().equals(Activities.personalConversation("gp1"))
                    && s.cardText().contains("needs more information"));
    assertThat(ask.cardText())
        .contains("The group needs more information about " + reference, "[Send to the group]");
    assertThat(status()).isEqualTo("MORE_INFO_NEEDED");

    var refused = answerMoreInfo(reference, "Ward 7, e.g. patient 943 476 5919");
    assertThat(CardText.of(refused.json().path("value")))
        .contains("seems to contain an NHS number")
        .doesNotContain("5919");

    answerMoreInfo(reference, "Wards 7 and 9, mostly at weekends.");

    assertThat(status()).isEqualTo("OPEN_FOR_TRIAGE");
    assertThat(jdbc.queryForObject("select state from triage_round", String.class))
        .isEqualTo("OPEN");
    assertThat(jdbc.queryForObject("select count(*) from triage_vote", Integer.class)).isZero();
    assertThat(
            jdbc.queryForObject(
                "select votes_discuss + votes_refer + votes_more_info + votes_decline"
                    + " from triage_round",
                Integer.class))
        .isZero();
    assertThat(
            CardText.of(
                clickInChannel(
                        "member1", "triage.refresh", Activities.data().put("issue", reference))
                    .json()
                    .path("value")))
        .contains("Votes so far: 0")
        .doesNotContain("You voted");
    assertThat(
            awaitSent(
                    s ->
                        s.method().equals("PUT")
                            && s.cardText().contains("Wards 7 and 9, mostly at weekends."))
                .cardText())
        .contains("More information from the reporter", "Voting is open until");
  }

  @Test
  void anAnswerSentTwiceAtOnceReachesTheGroupOnce() throws Exception {
    String reference = raiseOne();
    chair("close " + reference + " more-info");
    var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    var answers = new java.util.ArrayList<java.util.concurrent.Future<Response>>();

    for (int press = 0; press < 2; press++) {
      answers.add(pool.submit(() -> answerMoreInfo(reference, "Wards 7 and 9.")));
    }
    var texts = new java.util.ArrayList<String>();
    for (var answer : answers) {
      texts.add(answer.get().body());
    }
    pool.shutdown();

    assertThat(jdbc.queryForObject("select count(*) from issue_note", Integer.class)).isOne();
    assertThat(status()).isEqualTo("OPEN_FOR_TRIAGE");
    assertThat(texts).anyMatch(t -> t.contains("Sent to the group"));
  }

  @Test
  void aReferPressOnAnIssueStillInItsVoteChangesNothing() {
    String reference = raiseOne();
    var refused =
        clickInChannel(
            "chair",
            "triage.refer",
            Activities.data().put("issue", reference).put("operationalGroup", "Laboratory"));
    assertThat(CardText.of(refused.json().path("value")))
        .contains(
            reference
                + " isn't waiting for an operational group: the group hasn't decided to refer it"
                + " (open for triage).");
    assertThat(status()).isEqualTo("OPEN_FOR_TRIAGE");
    assertThat(jdbc.queryForObject("select referred_to from issue", String.class)).isNull();
  }

  @Test
  void twoChairsNamingTheGroupAtOnceReferTheIssueOnce() throws Exception {
    String reference = raiseOne();
    chair("close " + reference + " refer");
    var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    var presses = new java.util.ArrayList<java.util.concurrent.Future<Response>>();
    for (String group : java.util.List.of("Laboratory Services", "Clinical Management Group")) {
      presses.add(
          pool.submit(
              () ->
                  clickInChannel(
                      "chair",
                      "triage.refer",
                      Activities.data().put("issue", reference).put("operationalGroup", group))));
    }
    var answers = new java.util.ArrayList<String>();
    for (var press : presses) {
      answers.add(CardText.of(press.get().json().path("value")));
    }
    pool.shutdown();

    String referredTo = jdbc.queryForObject("select referred_to from issue", String.class);
    assertThat(answers)
        .as(answers.toString())
        .filteredOn(a -> a.equals(reference + " has already been referred."))
        .hasSize(1);
    awaitSent(s -> s.text().contains(reference + " is referred to " + referredTo));
    awaitEveryDeliveryMade(Duration.ofSeconds(10));
    assertThat(connector.sent()).filteredOn(s -> s.text().contains(" is referred to ")).hasSize(1);
    assertThat(connector.sent()).filteredOn(s -> s.text().contains("\n\nReferred to ")).hasSize(1);
  }

  /** The reporter (gp1) answers the group's request for more information on its card. */
  private Response answerMoreInfo(String reference, String answer) {
    return clickIn1to1(
        "gp1",
        "Dr Morag Fraser",
        "triage.moreinfo",
        Activities.data().put("issue", reference).put("answer", answer));
  }
}
