package org.interfacebot.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.interfacebot.support.BotConversationTest;
import org.junit.jupiter.api.Test;

/** A chair's commands with a reference typed a little off: what the chair reads back. */
class ChairTyposIT extends BotConversationTest {

  @Test
  void aReferenceThatCannotBeFoundIsNamedInASentence() {
    String reference = raiseOne();

    assertThat(chair("close IF-42 discuss"))
        .isEqualTo("I can't find an issue with that reference.");
    assertThat(chair("reply IF-42 The pharmacy group will audit clinic letters."))
        .isEqualTo("I can't find an issue with that reference.");
    assertThat(chair("close IF-" + YEAR + "-9999 discuss"))
        .isEqualTo("I can't find IF-" + YEAR + "-9999.");
    assertThat(status(reference)).isEqualTo("OPEN_FOR_TRIAGE");
  }

  /** "IF-2027-0042:" as in written minutes, or a comma or full stop after it, is the reference. */
  @Test
  void aReferenceFollowedByPunctuationIsRead() {
    String reference = raiseOne();

    assertThat(chair("close " + reference + ": discuss"))
        .isEqualTo(
            "Closed the vote on " + reference + ": Discuss at group. I've told the reporter.");
    assertThat(status(reference)).isEqualTo("ACCEPTED");
    chair("theme Test results on 14 January " + (YEAR + 1));
    assertThat(chair("outcome " + reference + ": The lab will copy results to the GP."))
        .startsWith("Recorded the outcome of " + reference + " (discussed at a group meeting).");
    assertThat(
            jdbc.queryForObject(
                "select outcome from meeting_item where outcome is not null", String.class))
        .isEqualTo("The lab will copy results to the GP.");
    assertThat(chair("agenda remove " + reference + "."))
        .startsWith(reference + " has an outcome recorded for the test results meeting");
  }
}
