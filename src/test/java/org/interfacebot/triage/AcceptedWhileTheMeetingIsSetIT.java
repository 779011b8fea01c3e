package org.interfacebot.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.interfacebot.fellows.AtTheSameMoment;
import org.interfacebot.support.Activities;
import org.interfacebot.support.BotConversationTest;
import org.interfacebot.support.FakeBotConnector.Sent;
import org.interfacebot.support.LockWaits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * A chair accepts an issue for discussion at the moment another sets the coming meeting of its
 * theme: the two take turns, so whichever commits first the issue ends up scheduled for that
 * meeting and its reporter hears the meeting's date once.
 */
@Import(AcceptedWhileTheMeetingIsSetIT.Wrapped.class)
class AcceptedWhileTheMeetingIsSetIT extends BotConversationTest {

  private static final String TITLE = "Repeat prescriptions not updated after clinic";

  /** Whether a request waits for a row lock another holds (overridden for PostgreSQL). */
  boolean someoneWaits() {
    return LockWaits.someoneWaits(jdbc);
  }

  @AfterEach
  void disarm() {
    AtTheSameMoment.disarm();
  }

  private static int nextYear() {
    return YEAR + 1;
  }

  private static String theme() {
    return "theme Prescribing on 14 January " + nextYear();
  }

  /** A Prescribing issue in triage, with member2 appointed a second chair; its reference. */
  private String anIssueAndTwoChairs() {
    installInTeam();
    String reference = raise("gp1", "Dr gp1", TITLE, "Prescribing");
    assertThat(
            say(activities.channelMentionOf("chair", "Dr Ann Law", "chair add", "member2"))
                .get(0)
                .text())
        .contains("now a chair");
    awaitEveryDeliveryMade(Duration.ofSeconds(10));
    connector.clear();
    return reference;
  }

  /** member2's command, sent just after the other turn's call of the repository method named. */
  private AtomicReference<String> meanwhileMember2Says(String after, String command) {
    var reply = new AtomicReference<String>();
    AtTheSameMoment.after(
        after,
        () ->
            reply.set(
                say(activities.channelMention("member2", "Dr member2", command)).get(0).text()),
        this::someoneWaits);
    return reply;
  }

  /** The status updates sent to the reporter in their 1:1 chat, once every delivery was made. */
  private List<String> updatesToTheReporter(String reference) {
    awaitEveryDeliveryMade(Duration.ofSeconds(10));
    return connector.sent().stream()
        .filter(s -> s.conversationId().equals(Activities.personalConversation("gp1")))
        .map(Sent::text)
        .filter(text -> text.startsWith("Update on your issue **" + reference + "**"))
        .toList();
  }

  private static String theDate() {
    return "Thursday 14 January " + nextYear() + " at 13:00";
  }

  @Test
  void anIssueAcceptedWhileTheMeetingIsBeingSetIsScheduledForIt() throws Exception {
    String reference = anIssueAndTwoChairs();
    // Just after the meeting's agenda was read, before the meeting is committed.
    var closed = meanwhileMember2Says("findByMeetingId", "close " + reference + " discuss");

    assertThat(chair(theme())).startsWith("The prescribing meeting is set for " + theDate());
    assertThat(AtTheSameMoment.ran()).isTrue();
    assertThat(closed.get()).isNotBlank();

    assertThat(status(reference)).isEqualTo("SCHEDULED");
    assertThat(updatesToTheReporter(reference))
        .singleElement()
        .asString()
        .endsWith(
            "Scheduled for a group meeting.\n\nThe group accepted it for discussion: it is on"
                + " the agenda of the group's prescribing meeting on "
                + theDate()
                + ".");
  }

  @Test
  void aMeetingSetWhileAnIssueIsBeingAcceptedSchedulesIt() throws Exception {
    String reference = anIssueAndTwoChairs();
    // Just after the acceptance looked for a coming meeting, before the issue is accepted.
    var set = meanwhileMember2Says("findByGroupIdAndStartsAtAfterOrderByStartsAt", theme());

    chair("close " + reference + " discuss");
    assertThat(AtTheSameMoment.ran()).isTrue();
    assertThat(set.get()).startsWith("The prescribing meeting is set for " + theDate());

    assertThat(status(reference)).isEqualTo("SCHEDULED");
    var updates = updatesToTheReporter(reference);
    assertThat(updates.get(updates.size() - 1)).contains("Scheduled for a group meeting.");
    assertThat(updates).filteredOn(text -> text.contains(theDate())).hasSize(1);
  }

  @TestConfiguration
  static class Wrapped {
    @Bean
    static BeanPostProcessor meetingsReadAtTheSameMoment() {
      return AtTheSameMoment.wrapping(
          "org.interfacebot.meetings.MeetingRepository",
          "org.interfacebot.meetings.MeetingItemRepository");
    }
  }
}
