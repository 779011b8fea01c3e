package org.interfacebot.shadowing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import org.interfacebot.support.Activities;
import org.interfacebot.support.FakeBotConnector.Sent;
import org.junit.jupiter.api.Test;

class ShadowingIT extends ShadowingConversationTest {

  @Test
  void anOfferFromSecondaryCareMeetsARequestFromPrimaryCare_bothAccept_andAreIntroduced() {
    assertThat(list("gp1", "request", "GP", "Cardiology", "primary", "Tuesday afternoons"))
        .contains("I've saved your request (number", "There's no match yet");
    assertThat(
            list(
                "member1",
                "offer",
                "Consultant physician",
                "cardiology clinic",
                "secondary",
                "Thursday mornings"))
        .contains("I've saved your offer (number", "found a possible match");

    Sent toGp = proposalTo("gp1");
    assertThat(toGp.cardText())
        .contains(
            "Possible shadowing match: a colleague offers to be shadowed",
            "Who: Consultant physician, cardiology clinic, secondary care",
            "Available: Thursday mornings",
            "[Accept]",
            "[Decline]")
        .doesNotContain("member1");
    assertThat(proposalTo("member1").cardText())
        .contains("a colleague would like to shadow you", "Who: GP, Cardiology, primary care")
        .doesNotContain("gp1");

    var match = Activities.data().put("match", matchId());
    assertThat(cardText(click("gp1", "shadowing.accept", match)))
        .contains("I'll introduce you once your colleague accepts too.");
    assertThat(cardText(click("gp2", "shadowing.accept", match)))
        .contains("That match is not one of yours, so nothing was changed.");
    assertThat(jdbc.queryForObject("select state from shadowing_match", String.class))
        .isEqualTo("PROPOSED");
    assertThat(cardText(click("member1", "shadowing.accept", match)))
        .contains("You have both accepted");

    assertThat(
            awaitSent(
                    s ->
                        s.conversationId().equals(Activities.personalConversation("gp1"))
                            && s.text().startsWith("Shadowing match agreed"))
                .text())
        .isEqualTo(
            "Shadowing match agreed: meet **Dr member1** (Consultant physician, cardiology clinic,"
                + " secondary care), available Thursday mornings. Please contact each other to"
                + " arrange the session.");
    assertThat(
            awaitSent(
                    s ->
                        s.conversationId().equals(Activities.personalConversation("member1"))
                            && s.text().startsWith("Shadowing match agreed"))
                .text())
        .contains("meet **Dr gp1** (GP, Cardiology, primary care), available Tuesday afternoons");
    // A Decline left on a card after the match was agreed changes nothing and says so.
    assertThat(cardText(click("member1", "shadowing.decline", match)))
        .contains("You have both accepted")
        .doesNotContain("Declined");

    assertThat(personal("gp1", "shadowing"))
        .contains(
            "**Your requests**",
            "GP, Cardiology, primary care; available Tuesday afternoons",
            "**Your matches**",
            "Consultant physician, cardiology clinic, secondary care: agreed, with Dr member1");
  }

  @Test
  void noMatchOnTheSameSideOfTheInterfaceOrWithoutACommonSpecialty() {
    list("gp1", "request", "GP", "Dermatology", "primary", "Mondays");
    assertThat(list("gp2", "offer", "GP partner", null, "primary", "Fridays"))
        .contains("There's no match yet");
    assertThat(list("member1", "offer", "Consultant", "Orthopaedics", "secondary", "Fridays"))
        .contains("There's no match yet");
    assertThat(count("shadowing_match")).isZero();
    // No specialty on the request: any offer across the interface fits.
    assertThat(list("gp3", "request", "GP registrar", null, "primary", "Wednesdays"))
        .contains("found a possible match");
    assertThat(proposalTo("gp3").cardText()).contains("Who: Consultant, Orthopaedics");
  }

  @Test
  void aDeclineTellsTheOtherAndFreesBothForAnotherMatch() {
    list("gp1", "request", "GP", null, "primary", "Mondays");
    list("member1", "offer", "Consultant", null, "secondary", "Fridays");
    long first = matchId();
    assertThat(
            cardText(click("member1", "shadowing.decline", Activities.data().put("match", first))))
        .contains("I'll keep looking for another match.");
    assertThat(
            awaitSent(
                    s ->
                        s.conversationId().equals(Activities.personalConversation("gp1"))
                            && s.text().contains("was declined"))
                .text())
        .isEqualTo(
            "A possible shadowing match was declined. Your listing stays open and I'll keep"
                + " looking.");
    list("member2", "offer", "Registrar", null, "secondary", "Wednesdays");
    assertThat(matchId()).isGreaterThan(first);
    assertThat(proposalTo("member2").cardText()).contains("Who: GP, primary care");
  }

  @Test
  void badFormsAreRefusedAndNothingIsSaved() {
    var base = Activities.data().put("kind", "offer").put("role", "GP").put("care", "primary");
    assertThat(cardText(click("gp1", "shadowing.submit", base.deepCopy())))
        .contains("Please fill in your availability. Nothing was saved.");
    assertThat(
            cardText(
                click(
                    "gp1",
                    "shadowing.submit",
                    base.deepCopy().put("availability", "Mondays").put("care", "tertiary"))))
        .contains("Please choose whether you work in primary or secondary care.");
    assertThat(
            cardText(
                click(
                    "gp1",
                    "shadowing.submit",
                    base.deepCopy().put("availability", "Mondays").put("role", ""))))
        .contains("Please fill in your role.");
    String identifier =
        cardText(
            click(
                "gp1",
                "shadowing.submit",
                base.deepCopy().put("availability", "after clinic for 943 476 5919")));
    assertThat(identifier).doesNotContain("943 476 5919").doesNotContain("I've saved");
    assertThat(
            cardText(
                click(
                    "gp1",
                    "shadowing.submit",
                    base.deepCopy().put("availability", "Mondays").put("kind", "swap"))))
        .contains("That form is not one I know.");
    var inChannel =
        post(
            activities.invoke(
                Activities.CHANNEL,
                "channel",
                "gp1",
                "Dr gp1",
                "shadowing.submit",
                base.deepCopy().put("availability", "Mondays")));
    assertThat(cardText(inChannel)).contains("Please offer or request shadowing in your 1:1 chat");
    assertThat(personal("gp1", "shadowing swap")).contains("I don't know that shadowing command.");
    assertThat(count("shadowing_listing")).isZero();
    assertThat(personal("gp1", "shadowing"))
        .isEqualTo(
            "You have no shadowing offers or requests. Type `shadowing offer` or `shadowing"
                + " request` to add one.");
  }

  @Test
  void peopleWithdrawOnlyTheirOwn() {
    list("gp1", "request", "GP", null, "primary", "Mondays");
    long id = jdbc.queryForObject("select id from shadowing_listing", Long.class);
    assertThat(personal("gp2", "shadowing withdraw " + id))
        .startsWith("I can't find that among your offers and requests, so nothing was withdrawn.");
    assertThat(personal("gp1", "shadowing withdraw soon")).startsWith("Please say which one");
    assertThat(count("shadowing_listing")).isEqualTo(1);
    assertThat(personal("gp1", "shadowing withdraw " + id))
        .isEqualTo("Withdrawn number " + id + ", with its matches.");
    assertThat(count("shadowing_listing")).isZero();
  }

  @Test
  void myDataShowsShadowingAndForgetMeDeletesItWithItsMatches() {
    list("gp1", "request", "GP", null, "primary", "Mondays");
    list("member1", "offer", "Consultant", null, "secondary", "Fridays");
    assertThat(personal("gp1", "my data"))
        .contains("**Shadowing:** 1 offer or request, with 1 match;");
    proposalTo("gp1");
    String cardsInGpChat = "select count(*) from posted_card where conversation_id = ?";
    await()
        .untilAsserted(
            () ->
                assertThat(
                        jdbc.queryForObject(
                            cardsInGpChat, Integer.class, Activities.personalConversation("gp1")))
                    .isOne());
    personal("gp1", "forget me");
    assertThat(personal("gp1", "yes"))
        .contains("1 shadowing offer or request deleted, with its matches");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from shadowing_listing where person_key = 'aad-gp1'",
                Integer.class))
        .isZero();
    assertThat(count("shadowing_match")).isZero();
    assertThat(count("shadowing_listing")).isEqualTo(1);
    assertThat(jdbc.queryForList("select message_key from sent_message", String.class))
        .noneMatch(key -> key.contains("aad-gp1"));
    // The proposal card kept in their chat (to be settled on a withdrawal) goes with the chat.
    assertThat(
            jdbc.queryForObject(
                cardsInGpChat, Integer.class, Activities.personalConversation("gp1")))
        .isZero();
  }
}
