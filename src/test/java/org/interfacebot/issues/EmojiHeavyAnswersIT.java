package org.interfacebot.issues;

import static org.assertj.core.api.Assertions.assertThat;

import org.interfacebot.support.Activities;
import org.interfacebot.support.BotConversationTest;
import org.interfacebot.support.CardText;
import org.junit.jupiter.api.Test;

/**
 * A text at its limit counted as the database counts it: an emoji is two characters there. Before,
 * limits counted an emoji as one, so an emoji-heavy answer passed the check, failed to save and the
 * person read "Sorry, something went wrong".
 */
class EmojiHeavyAnswersIT extends BotConversationTest {

  private static final String EMOJI = "\uD83D\uDE00";

  private String moreInfoAnswer(String reference, String answer) {
    var reply =
        clickIn1to1(
            "gp1",
            "Dr Morag Fraser",
            "triage.moreinfo",
            Activities.data().put("issue", reference).put("answer", answer));
    return CardText.of(reply.json().path("value"));
  }

  @Test
  void aReportersAnswerTooLongToKeepIsRefusedClearlyAndOneThatFitsIsKept() {
    String reference = raiseOne();
    chair("close " + reference + " more-info Which wards does this affect?");

    assertThat(moreInfoAnswer(reference, EMOJI.repeat(1_990)))
        .contains("Please write your answer (up to 2,000 characters).");
    assertThat(status()).isEqualTo("MORE_INFO_NEEDED");
    assertThat(jdbc.queryForObject("select count(*) from issue_note", Integer.class)).isZero();

    moreInfoAnswer(reference, EMOJI.repeat(1_000));
    assertThat(jdbc.queryForObject("select count(*) from issue_note", Integer.class)).isOne();
    assertThat(status()).isEqualTo("OPEN_FOR_TRIAGE");
  }

  @Test
  void aSenseCheckCommentTooLongToKeepIsRefusedClearly() {
    installInTeam();
    chair(
        "sense-check New discharge letter template"
            + " https://nhsscotland.sharepoint.com/sites/interface/discharge-template.docx");
    long id = jdbc.queryForObject("select max(id) from consultation", Long.class);
    var reply =
        clickInChannel(
            "gp2",
            "consultations.answer",
            Activities.data()
                .put("consultation", id)
                .put("verdict", "concerns")
                .put("comment", EMOJI.repeat(1_990)));

    assertThat(reply.json().toString())
        .contains("Please keep your comment to 2,000 characters. Nothing was recorded.");
    assertThat(jdbc.queryForObject("select count(*) from consultation_answer", Integer.class))
        .isZero();
  }
}
