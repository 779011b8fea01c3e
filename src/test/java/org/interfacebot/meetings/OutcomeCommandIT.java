package org.interfacebot.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/**
 * How a chair's {@code outcome IF-… [actioned|closed] <text>} is read: the status word in lower
 * case, as the help writes it, sets the status; an outcome that only begins with such a word is
 * kept as written.
 */
class OutcomeCommandIT extends MeetingConversationTest {

  /** An issue on the agenda of a meeting that has just been held; returns its reference. */
  private String onTheAgendaOfAHeldMeeting() {
    installInTeam();
    String reference = accepted("gp1", "Discharge letters without medicines", "Discharge planning");
    chair("theme Discharge planning on 14 January " + nextYear());
    clock.advance(
        Duration.between(
            Instant.now(),
            ZonedDateTime.of(nextYear(), 1, 14, 15, 0, 0, 0, MeetingDates.UK).toInstant()));
    return reference;
  }

  @Test
  void anOutcomeThatBeginsWithAStatusWordWithACapitalIsKeptAsWritten() {
    String reference = onTheAgendaOfAHeldMeeting();

    assertThat(chair("outcome " + reference + " Closed the loop with the trust's discharge team"))
        .isEqualTo(
            "Recorded the outcome of "
                + reference
                + " (discussed at a group meeting). I've told the reporter. It begins with \"Closed\", which I took"
                + " as part of the outcome; to mark the issue closed, say `outcome "
                + reference
                + " closed` followed by the outcome.");

    assertThat(status(reference)).isEqualTo("DISCUSSED");
    assertThat(jdbc.queryForList("select outcome from meeting_item", String.class))
        .containsExactly("Closed the loop with the trust's discharge team");
    assertThat(toldTo("gp1", "Outcome:").text())
        .contains("Outcome: Closed the loop with the trust's discharge team");
  }

  @Test
  void theStatusWordsAsTheHelpWritesThemStillSetTheStatus() {
    String reference = onTheAgendaOfAHeldMeeting();

    assertThat(chair("outcome " + reference + " closed The trust now lists medicines."))
        .isEqualTo("Recorded the outcome of " + reference + " (closed). I've told the reporter.");
    assertThat(status(reference)).isEqualTo("CLOSED");
    assertThat(jdbc.queryForList("select outcome from meeting_item", String.class))
        .containsExactly("The trust now lists medicines.");

    assertThat(chair("outcome " + reference + " Actioned: the trust now lists medicines."))
        .isEqualTo("Recorded the outcome of " + reference + " (actioned). I've told the reporter.");
    assertThat(status(reference)).isEqualTo("ACTIONED");
    assertThat(jdbc.queryForList("select outcome from meeting_item", String.class))
        .containsExactly("the trust now lists medicines.");
  }
}
