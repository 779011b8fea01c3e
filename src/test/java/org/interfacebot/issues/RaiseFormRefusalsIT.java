package org.interfacebot.issues;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.interfacebot.support.Activities;
import org.interfacebot.support.BotConversationTest;
import org.interfacebot.support.CardText;
import org.interfacebot.support.FakeBotConnector.Sent;
import org.junit.jupiter.api.Test;

/** A field the form refused: the dialog asks for it again, whichever way the person goes on. */
class RaiseFormRefusalsIT extends BotConversationTest {

  private static final String GP = "gp8";
  private static final String NAME = "Dr Kim Rae";

  private String allText(List<Sent> sent) {
    StringBuilder b = new StringBuilder();
    for (Sent s : sent) {
      b.append(s.text()).append('\n').append(s.hasCard() ? s.cardText() : "").append('\n');
    }
    return b.toString();
  }

  /** The form, sent back with a date of birth in the description, is refused. */
  private void descriptionRefusedOnTheForm(String draftId) {
    var again =
        clickIn1to1(
            GP,
            NAME,
            "raise.form",
            RaiseFormIT.filledIn(draftId).put("description", "Mr Smith, DOB 01/02/1950, waited"));
    assertThat(CardText.of(again.json().path("value"))).contains("date of birth");
  }

  /**
   * The dialog was at the theme question when the person opened the form, which refused the
   * description; they then answer the theme question still in the chat above the form.
   */
  @Test
  void anAnswerRefusedOnTheFormIsAskedForAgainNotSkipped() {
    installInTeam();
    say(activities.personalMessage(GP, NAME, "raise"));
    say(activities.personalMessage(GP, NAME, "Bloods requested twice"));
    var formReply =
        say(
            activities.personalMessage(
                GP, NAME, "Both the clinic and the practice request the same bloods."));
    assertThat(allText(formReply)).contains("Which theme does it belong to?");
    var form = say(activities.personalMessage(GP, NAME, "form"));
    descriptionRefusedOnTheForm(
        form.get(0).card().path("actions").path(0).path("data").path("draftId").asText());

    var reply = say(activities.personalMessage(GP, NAME, "Test results"));

    assertThat(allText(reply))
        .as("the description the form refused is asked for again, not skipped")
        .contains("Describe it.")
        .doesNotContain("Check your issue");
  }

  /**
   * Edit on the confirmation card, a refused field on the form, then `submit` typed in the chat
   * (the confirmation card's wording invites it).
   */
  @Test
  void submitTypedAfterTheFormRefusedAFieldGetsAnAnswer() {
    installInTeam();
    String draftId = draftIssue(GP, NAME, "Clinic letters arrive late", "Outpatients");
    clickIn1to1(GP, NAME, "raise.edit", Activities.data().put("draftId", draftId));
    descriptionRefusedOnTheForm(draftId);

    var reply = say(activities.personalMessage(GP, NAME, "submit"));

    assertThat(allText(reply))
        .as("a typed submit on an incomplete draft gets a real answer, not the turn-failed apology")
        .doesNotContain("Sorry")
        .contains("Describe it.");
    assertThat(jdbc.queryForObject("select count(*) from issue", Integer.class)).isZero();
  }
}
