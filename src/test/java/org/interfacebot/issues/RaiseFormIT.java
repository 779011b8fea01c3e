package org.interfacebot.issues;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.interfacebot.support.Activities;
import org.interfacebot.support.BotConversationTest;
import org.interfacebot.support.CardText;
import org.interfacebot.support.FakeBotConnector.Sent;
import org.junit.jupiter.api.Test;

class RaiseFormIT extends BotConversationTest {

  private static final String GP = "gp7";
  private static final String NAME = "Dr Jo Bell";

  private Response click(String verb, ObjectNode data) {
    return clickIn1to1(GP, NAME, verb, data);
  }

  static ObjectNode filledIn(String draftId) {
    return Activities.filledInForm(draftId);
  }

  private static List<JsonNode> inputs(JsonNode card) {
    List<JsonNode> found = new ArrayList<>();
    card.findParents("id")
        .forEach(
            n -> {
              if (n.path("type").asText().startsWith("Input.")) found.add(n);
            });
    return found;
  }

  /** Another clinician's open issue that the next draft will resemble, and its triage card. */
  private record Similar(String reference, Sent card) {}

  private Similar anotherCliniciansIssue() {
    installInTeam();
    String reference =
        raise(
            "gp1",
            "Dr Morag Fraser",
            "Discharge letters missing medication changes",
            "Discharge planning");
    Sent card =
        awaitSent(
            s ->
                s.method().equals("POST")
                    && s.conversationId().equals(Activities.CHANNEL)
                    && s.hasCard());
    return new Similar(reference, card);
  }

  @Test
  void theFormOffersEveryFieldWithALabelAndRaisesTheIssue() {
    installInTeam();

    var form = say(activities.personalMessage(GP, NAME, "raise form"));

    JsonNode card = form.get(0).card();
    assertThat(inputs(card))
        .extracting(i -> i.path("id").asText())
        .containsExactly(
            "title",
            "description",
            "category",
            "direction",
            "source",
            "impact",
            "frequency",
            "suggestion",
            "showName");
    assertThat(inputs(card)).allMatch(i -> !i.path("label").asText().isBlank());
    assertThat(inputs(card))
        .filteredOn(i -> !i.path("id").asText().equals("suggestion"))
        .allMatch(
            i -> i.path("isRequired").asBoolean() && !i.path("errorMessage").asText().isBlank());
    String draftId = card.path("actions").path(0).path("data").path("draftId").asText();

    var confirm = click("raise.form", filledIn(draftId));

    assertThat(CardText.of(confirm.json().path("value")))
        .contains(
            "Title: Bloods requested twice", "Direction: Both ways", "How often: Occasionally");
    submit(GP, NAME, draftId);
    assertThat(jdbc.queryForObject("select title from issue", String.class))
        .isEqualTo("Bloods requested twice");
  }

  @Test
  void aFormWithProblemsComesBackWithThemNamedAndNothingEchoed() {
    installInTeam();
    var form = say(activities.personalMessage(GP, NAME, "raise form"));
    String draftId =
        form.get(0).card().path("actions").path(0).path("data").path("draftId").asText();

    var again =
        click(
            "raise.form",
            filledIn(draftId)
                .put("impact", "")
                .put("description", "Mr Smith, DOB 01/02/1950, waited"));

    String text = CardText.of(again.json().path("value"));
    assertThat(text)
        .contains(
            "Your description seems to contain a date of birth.",
            "Please choose the impact on patients.")
        .doesNotContain("01/02/1950");
    assertThat(again.json().path("value").toString())
        .doesNotContain("01/02/1950")
        .contains("Bloods requested twice");
    assertThat(jdbc.queryForObject("select count(*) from issue", Integer.class)).isZero();
  }

  @Test
  void editOnTheConfirmationCardBringsBackTheFormFilledIn() {
    installInTeam();
    String draftId = draftIssue(GP, NAME, "Clinic letters arrive late", "Outpatients");

    var form = click("raise.edit", Activities.data().put("draftId", draftId));

    JsonNode card = form.json().path("value");
    assertThat(inputs(card))
        .filteredOn(i -> i.path("id").asText().equals("title"))
        .first()
        .satisfies(
            i -> assertThat(i.path("value").asText()).isEqualTo("Clinic letters arrive late"));
    assertThat(inputs(card))
        .filteredOn(i -> i.path("id").asText().equals("category"))
        .first()
        .satisfies(i -> assertThat(i.path("value").asText()).isEqualTo("OUTPATIENTS"));
  }

  @Test
  void aSimilarOpenIssueIsOfferedAndAddingToItCountsOnItsTriageCard() {
    var similar = anotherCliniciansIssue();
    String existing = similar.reference();
    Sent posted = similar.card();

    String draftId =
        draftIssue(
            GP, NAME, "Medication changes missing from discharge letters", "Discharge planning");
    Sent confirm = connector.sent().get(connector.sent().size() - 1);
    assertThat(confirm.cardText())
        .contains(
            "Is it one of these?",
            existing + ": Discharge letters missing medication changes",
            "[Add my experience to " + existing + "]");

    var added =
        click(
            "raise.support",
            Activities.data()
                .put("draftId", draftId)
                .put("reference", existing)
                .put("comment", "Same at our practice every week"));

    assertThat(CardText.of(added.json().path("value")))
        .contains("Added to " + existing, "1 similar report");
    assertThat(jdbc.queryForObject("select count(*) from issue", Integer.class)).isEqualTo(1);
    assertThat(jdbc.queryForMap("select supporter_key, comment from issue_support"))
        .containsEntry("SUPPORTER_KEY", "aad-" + GP)
        .containsEntry("COMMENT", "Same at our practice every week");
    Sent update =
        awaitSent(s -> s.method().equals("PUT") && s.activityId().equals(posted.activityId()));
    assertThat(update.cardText()).contains("Similar reports: 1");
  }

  @Test
  void anIssueOfAnotherThemeIsNotOfferedAsSimilar() {
    installInTeam();
    raise(
        "gp1",
        "Dr Morag Fraser",
        "Discharge letters missing medication changes",
        "Discharge planning");

    draftIssue(GP, NAME, "Discharge letters missing medication changes", "Prescribing");

    assertThat(connector.sent().get(connector.sent().size() - 1).cardText())
        .doesNotContain("Is it one of these?");
  }

  @Test
  void aReportersOwnIssueIsNotOfferedToThemAsSimilar() {
    installInTeam();
    String own =
        raise(GP, NAME, "Discharge letters missing medication changes", "Discharge planning");

    String draftId =
        draftIssue(
            GP, NAME, "Medication changes missing from discharge letters", "Discharge planning");
    var addToOwn =
        click(
            "raise.support",
            Activities.data().put("draftId", draftId).put("reference", own).put("comment", ""));

    assertThat(connector.sent().get(connector.sent().size() - 1).cardText())
        .doesNotContain("Is it one of these?");
    assertThat(CardText.of(addToOwn.json().path("value"))).doesNotContain("Added to");
    assertThat(jdbc.queryForObject("select count(*) from issue_support", Integer.class)).isZero();
  }

  @Test
  void theExperienceAddedToASimilarIssueIsShownToTheGroup() {
    var similar = anotherCliniciansIssue();
    String existing = similar.reference();
    Sent posted = similar.card();
    String draftId =
        draftIssue(
            GP, NAME, "Medication changes missing from discharge letters", "Discharge planning");

    click(
        "raise.support",
        Activities.data()
            .put("draftId", draftId)
            .put("reference", existing)
            .put("comment", "Same at our practice every week"));

    Sent update =
        awaitSent(s -> s.method().equals("PUT") && s.activityId().equals(posted.activityId()));
    assertThat(update.cardText())
        .contains("Similar reports: 1", "Same at our practice every week")
        .doesNotContain(NAME);
    assertThat(
            say(activities.channelMention("member1", "Member One", "status " + existing))
                .get(0)
                .cardText())
        .contains("Same at our practice every week")
        .doesNotContain(NAME);
  }

  @Test
  void addingMyExperienceTwiceByADoubleClickAddsItOnceAndSaysSoBothTimes() {
    String existing = anotherCliniciansIssue().reference();
    String draftId =
        draftIssue(
            GP, NAME, "Medication changes missing from discharge letters", "Discharge planning");
    ObjectNode press =
        Activities.data()
            .put("draftId", draftId)
            .put("reference", existing)
            .put("comment", "Same at our practice every week");

    var first = click("raise.support", press.deepCopy());
    var second = click("raise.support", press.deepCopy());

    assertThat(CardText.of(first.json().path("value"))).contains("Added to " + existing);
    assertThat(second.body()).doesNotContain("no longer open", "it was raised");
    assertThat(CardText.of(second.json().path("value")))
        .contains("Added to " + existing, "1 similar report");
    assertThat(jdbc.queryForObject("select count(*) from issue_support", Integer.class)).isOne();
    assertThat(jdbc.queryForObject("select count(*) from issue", Integer.class)).isOne();
  }
}
