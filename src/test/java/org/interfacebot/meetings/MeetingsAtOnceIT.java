package org.interfacebot.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.interfacebot.fellows.AtTheSameMoment;
import org.interfacebot.support.LockWaits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Two chairs who set a meeting for the same day at the same moment take turns: the second finds the
 * first's meeting and gets the usual answer, and the day holds one meeting.
 */
@Import(MeetingsAtOnceIT.Wrapped.class)
class MeetingsAtOnceIT extends MeetingConversationTest {

  @AfterEach
  void disarm() {
    AtTheSameMoment.disarm();
  }

  /** An accepted Prescribing issue, with member2 appointed a second chair. */
  private void twoChairs() {
    installInTeam();
    accepted("gp1", "Repeat prescriptions not updated after clinic", "Prescribing");
    assertThat(
            say(activities.channelMentionOf("chair", "Dr Ann Law", "chair add", "member2"))
                .get(0)
                .text())
        .contains("now a chair");
    awaitEveryDeliveryMade(Duration.ofSeconds(10));
  }

  /** Sends member2's command just after the chair's has looked for the day's meeting. */
  private AtomicReference<String> meanwhileMember2Says(String command) {
    var reply = new AtomicReference<String>();
    AtTheSameMoment.after(
        "onDay",
        () ->
            reply.set(
                say(activities.channelMention("member2", "Dr member2", command)).get(0).text()),
        () -> LockWaits.someoneWaits(jdbc));
    return reply;
  }

  private String set(String theme, String at) {
    return "The "
        + theme
        + " meeting is set for Thursday 14 January "
        + nextYear()
        + " at "
        + at
        + ". I've announced it in the group's channel with its agenda (1 issue).";
  }

  @Test
  void twoChairsSettingTheSameDayAtTheSameTimeMakeOneMeeting() throws Exception {
    twoChairs();
    var second = meanwhileMember2Says("theme Prescribing on 14 January " + nextYear());

    assertThat(chair("theme Prescribing on 14 January " + nextYear()))
        .isEqualTo(set("prescribing", "13:00"));
    assertThat(AtTheSameMoment.ran()).isTrue();
    assertThat(second.get()).isEqualTo(set("prescribing", "13:00"));
    assertThat(jdbc.queryForObject("select count(*) from meeting", Integer.class)).isEqualTo(1);
  }

  @Test
  void aSecondChairSettingAnotherThemeForTheDayAtTheSameMomentIsRefused() throws Exception {
    twoChairs();
    var second = meanwhileMember2Says("theme Referrals on 14 January " + nextYear() + " at 15:00");

    assertThat(chair("theme Prescribing on 14 January " + nextYear() + " at 13:00"))
        .isEqualTo(set("prescribing", "13:00"));
    assertThat(AtTheSameMoment.ran()).isTrue();
    assertThat(second.get())
        .isEqualTo(
            "There's already a meeting on Thursday 14 January "
                + nextYear()
                + " at 13:00, with the theme Prescribing, so I've changed nothing. To give it the"
                + " theme Referrals instead, say `theme replace Referrals on 14 January "
                + nextYear()
                + " at 15:00`; I'll tell the reporters whose issues come off its agenda.");
    assertThat(jdbc.queryForList("select theme from meeting", String.class))
        .containsExactly("PRESCRIBING");
  }

  @TestConfiguration
  static class Wrapped {
    @Bean
    static BeanPostProcessor meetingsListedAtTheSameMoment() {
      return AtTheSameMoment.wrapping("org.interfacebot.meetings.MeetingRepository");
    }
  }
}
