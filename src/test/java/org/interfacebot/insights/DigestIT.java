package org.interfacebot.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.interfacebot.support.Activities;
import org.interfacebot.support.BotConversationTest;
import org.interfacebot.support.FakeBotConnector.Sent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DigestIT extends BotConversationTest {

  private static final ZoneId UK = ZoneId.of("Europe/London");

  @Autowired DigestSchedule schedule;
  @Autowired Digests digests;

  /** The UK day and time two hours from now, as `settings digest` takes them. */
  private static ZonedDateTime inTwoHours() {
    return ZonedDateTime.now(UK).plusHours(2).withSecond(0).withNano(0);
  }

  private static String dayAndTime(ZonedDateTime at) {
    return at.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.UK).toLowerCase(Locale.ROOT)
        + " "
        + DateTimeFormatter.ofPattern("HH:mm").format(at);
  }

  private List<Sent> digestsPosted() {
    return connector.sent().stream()
        .filter(s -> s.conversationId().equals(Activities.CHANNEL))
        .filter(s -> s.hasCard() && s.cardText().startsWith("Weekly digest: "))
        .toList();
  }

  private Sent awaitDigest(int number) {
    awaitSent(s -> digestsPosted().size() >= number);
    return digestsPosted().get(number - 1);
  }

  @Test
  void theDigestIsPostedOnceAWeekAtTheGroupsTimeWithWhatHappenedSinceTheLastOne() {
    installInTeam();
    ZonedDateTime due = inTwoHours();
    String day = due.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.UK);
    String time = DateTimeFormatter.ofPattern("HH:mm").format(due);
    assertThat(chair("settings digest " + dayAndTime(due)))
        .isEqualTo(
            "Done. The weekly digest is posted in the channel on %ss at %s (UK time)."
                .formatted(day, time));
    String first = raise("gp1", "Dr Morag Fraser", "Results sent to the wrong GP", "Test results");
    String second = raise("gp2", "Dr Ali Khan", "Specials unavailable", "Prescribing");

    schedule.run();
    clock.advance(Duration.ofHours(1));
    schedule.run();
    assertThat(digestsPosted()).as("not yet due").isEmpty();

    clock.advance(Duration.ofHours(2));
    schedule.run();
    schedule.run();
    Sent digest = awaitDigest(1);
    assertThat(digest.cardText())
        .contains(
            "Weekly digest: Grampian Interface Group",
            "New issues (2)",
            first + ": Results sent to the wrong GP (Test results)",
            second + ": Specials unavailable (Prescribing)",
            "Votes closing before the next digest (2)",
            first + ": Results sent to the wrong GP, closes ",
            "Outcomes recorded (0)",
            "None.",
            "`settings digest off`");

    // The week after: a new issue and a recorded outcome; the first two are not new any more.
    String third = raise("gp3", "Dr Three", "Clinic letters never arrive", "Correspondence");
    chair("close " + second + " discuss");
    chair("theme Prescribing on 14 January " + (YEAR + 1) + " at 13:30");
    chair("outcome " + second + " actioned Community pharmacies now stock the specials");
    clock.advance(Duration.ofDays(7));
    schedule.run();
    Sent next = awaitDigest(2);
    assertThat(next.cardText())
        .contains(
            "New issues (1)",
            third + ": Clinic letters never arrive (Correspondence and communication)",
            "Outcomes recorded (1)",
            second
                + ": Specials unavailable. Actioned: Community pharmacies now stock the specials")
        .doesNotContain(first + ": Results sent to the wrong GP (Test results)");
    schedule.run();
    assertThat(digestsPosted()).hasSize(2);
  }

  @Test
  void twoInstancesLookingAtOnceRecordAndPostOneDigest() throws Exception {
    installInTeam();
    chair("settings digest " + dayAndTime(inTwoHours()));
    raise("gp1", "Dr Morag Fraser", "Results sent to the wrong GP", "Test results");
    clock.advance(Duration.ofHours(3));

    var start = new CountDownLatch(1);
    // Digests directly, without the schedule's lock: only the database keeps it to one.
    var runs =
        List.of(1, 2, 3, 4).stream()
            .map(
                n ->
                    CompletableFuture.supplyAsync(
                        () -> {
                          try {
                            start.await();
                          } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                          }
                          return digests.recordDue();
                        }))
            .toList();
    start.countDown();
    int recorded = runs.stream().mapToInt(CompletableFuture::join).sum();

    assertThat(recorded).isEqualTo(1);
    assertThat(jdbc.queryForObject("select count(*) from insights_digest", Integer.class))
        .isEqualTo(1);
    awaitDigest(1);
    assertThat(digestsPosted()).hasSize(1);
  }

  /** Posted to a team the bot was taken out of, it was refused by Teams and logged each week. */
  @Test
  void noDigestIsPostedForAGroupWhoseTeamTheBotWasRemovedFrom() {
    installInTeam();
    ZonedDateTime due = inTwoHours();
    chair("settings digest " + dayAndTime(due));
    raise("gp1", "Dr Morag Fraser", "Results sent to the wrong GP", "Test results");
    var uninstalled = activities.installInTeam("chair");
    uninstalled.put("action", "remove");
    say(uninstalled);

    clock.advance(Duration.ofHours(3));
    schedule.run();

    assertThat(jdbc.queryForObject("select count(*) from insights_digest", Integer.class)).isZero();
    assertThat(digestsPosted()).isEmpty();
  }

  @Test
  void aDigestTurnedOffIsNotPostedAndAQuietWeekGetsNoCard() {
    installInTeam();
    ZonedDateTime due = inTwoHours();
    chair("settings digest " + dayAndTime(due));
    assertThat(chair("settings digest off")).isEqualTo("Done. The weekly digest is off.");
    raise("gp1", "Dr Morag Fraser", "Results sent to the wrong GP", "Test results");
    clock.advance(Duration.ofHours(3));
    schedule.run();
    assertThat(jdbc.queryForObject("select count(*) from insights_digest", Integer.class)).isZero();

    // On again: nothing new since it was due, and no open vote closes within the week after.
    assertThat(chair("settings digest on")).startsWith("Done. The weekly digest is posted");
    clock.advance(Duration.ofDays(7));
    schedule.run();
    assertThat(jdbc.queryForObject("select count(*) from insights_digest", Integer.class))
        .isEqualTo(1);
    assertThat(digestsPosted()).isEmpty();
  }

  /** It was "I can't read that" for a chair, "Only a chair can change" for a member. */
  @Test
  void settingsDigestAloneShowsWhenTheDigestIsPostedToChairsAndMembersAlike() {
    installInTeam();
    String shown =
        "The weekly digest is posted in the channel on Mondays at 09:00 (UK time). Chairs can"
            + " change it with `settings digest monday 09:00` or `settings digest off`.";

    assertThat(chair("settings digest")).isEqualTo(shown);
    assertThat(say(activities.channelMention("member1", "m", "settings digest")).get(0).text())
        .isEqualTo(shown);
  }

  @Test
  void settingsShowTheDigestAndRefuseBadDigestSettingsChangingNothing() {
    installInTeam();
    assertThat(say(activities.channelMention("member1", "m", "settings")).get(0).text())
        .contains(
            "The weekly digest is posted in the channel on Mondays at 09:00 (UK time).",
            "Chairs can change them with `settings vote-days 7`,",
            "`settings digest monday 09:00` or `settings digest off`.");
    assertThat(say(activities.channelMention("member1", "m", "settings digest off")).get(0).text())
        .contains("Only a chair of the group can change the group's settings");

    String refused =
        "I can't read that. Chairs can write `settings digest monday 13:30` (a day, and if you"
            + " like a time on the 24-hour clock; a day alone means 09:00), `settings digest on` or"
            + " `settings digest off`.";
    for (String bad :
        List.of(
            "settings digest someday 09:00",
            "settings digest monday 25:00",
            "settings digest monday 9am",
            "settings digest monday 09:00 weekly")) {
      assertThat(chair(bad)).as(bad).isEqualTo(refused);
    }
    assertThat(jdbc.queryForMap("select digest_on, digest_day, digest_time from interface_group"))
        .isEqualTo(Map.of("DIGEST_ON", true, "DIGEST_DAY", "MONDAY", "DIGEST_TIME", "09:00"));

    assertThat(chair("settings digest fri 7:30"))
        .isEqualTo(
            "Done. The weekly digest is posted in the channel on Fridays at 07:30 (UK time).");
  }

  @Test
  void movingTheTimeLaterOnTheDayADigestWasPostedDoesNotPostASecondThatDay() {
    // 10:00 UK time today or tomorrow, so that the times below fall on one day.
    ZonedDateTime now = ZonedDateTime.now(UK);
    ZonedDateTime ten = now.toLocalDate().atTime(10, 0).atZone(UK);
    clock.advance(Duration.between(now, ten.isAfter(now) ? ten : ten.plusDays(1)));
    ZonedDateTime noon = ZonedDateTime.ofInstant(clock.instant(), UK).withHour(12).withMinute(0);
    installInTeam();
    chair("settings digest " + dayAndTime(noon));
    String first = raise("gp1", "Dr Morag Fraser", "Results sent to the wrong GP", "Test results");
    clock.advance(Duration.ofHours(3));
    schedule.run();
    assertThat(awaitDigest(1).cardText()).contains(first + ": Results sent to the wrong GP");

    // At 13:00 the chair would rather have it at 14:00: that is next week's time, not a second
    // digest today.
    assertThat(chair("settings digest " + dayAndTime(noon.plusHours(2))))
        .contains("at 14:00 (UK time)");
    schedule.run();
    clock.advance(Duration.ofHours(1));
    schedule.run();
    awaitEveryDeliveryMade(Duration.ofSeconds(10));
    assertThat(digestsPosted()).hasSize(1);

    String second = raise("gp2", "Dr Ali Khan", "Specials unavailable", "Prescribing");
    clock.advance(Duration.ofDays(7));
    schedule.run();
    assertThat(awaitDigest(2).cardText())
        .contains(
            "Since " + DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK).format(noon))
        .contains(second + ": Specials unavailable (Prescribing)");
  }
}
