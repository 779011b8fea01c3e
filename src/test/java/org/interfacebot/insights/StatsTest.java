package org.interfacebot.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import javax.imageio.ImageIO;
import org.interfacebot.chat.DatePatterns;
import org.junit.jupiter.api.Test;

class StatsTest {

  private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");

  @Test
  void periodsAreReadAsTheirMonthsInUkTime() {
    var three = Period.parse("", NOW).orElseThrow();
    assertThat(three.code()).isEqualTo("m3");
    assertThat(three.firstMonth()).isEqualTo(YearMonth.of(2026, 9));
    assertThat(three.from()).isEqualTo(Instant.parse("2026-09-01T00:00:00+01:00"));
    assertThat(three.until()).isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
    assertThat(Period.parse("Last  6 months", NOW).orElseThrow().firstMonth())
        .isEqualTo(YearMonth.of(2026, 6));
    assertThat(Period.parse("2025", NOW).orElseThrow().lastMonth())
        .isEqualTo(YearMonth.of(2025, 12));
    assertThat(Period.parse("2026", NOW).orElseThrow().lastMonth())
        .isEqualTo(YearMonth.of(2026, 11));
    assertThat(Period.parse("all", NOW).orElseThrow().from()).isNull();
    assertThat(Period.parse("y2025", NOW)).isEqualTo(Period.parse("2025", NOW));
    for (String bad :
        List.of("last week", "1999", "2027", "last 0 months", "last 37 months", "x")) {
      assertThat(Period.parse(bad, NOW)).as(bad).isEmpty();
    }
  }

  @Test
  void lastMonthIsTheWholeOfTheMonthBeforeAndThisMonthIsThisOne() {
    var last = Period.parse("last month", NOW).orElseThrow();
    assertThat(last.code()).isEqualTo("pm");
    assertThat(last.from()).isEqualTo(Instant.parse("2026-10-01T00:00:00+01:00"));
    assertThat(last.until()).isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
    assertThat(Period.parse("pm", NOW)).contains(last);
    var now = Period.parse("this month", NOW).orElseThrow();
    assertThat(now.from()).isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
    assertThat(now.until()).isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
  }

  @Test
  void shortMonthsAreThreeLettersSeptemberToo() {
    var months = DatePatterns.shortMonths("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec");
    var closes = DatePatterns.of("EEE d MMM, HH:mm", months, java.util.Locale.UK);
    assertThat(closes.format(Instant.parse("2026-09-07T08:30:00Z"))).isEqualTo("Mon 7 Sep, 09:30");
    assertThat(
            DatePatterns.of("MMMM yyyy", months, java.util.Locale.UK).format(YearMonth.of(2026, 9)))
        .isEqualTo("September 2026");
    assertThat(
            DatePatterns.of("'MMM' MMM", months, java.util.Locale.UK).format(YearMonth.of(2026, 9)))
        .isEqualTo("MMM Sep");
    assertThat(StatsChart.label(YearMonth.of(2026, 9))).isEqualTo("Sep 2026");
  }

  @Test
  void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
    assertThat(Stats.median(List.of())).isEmpty();
    assertThat(Stats.median(List.of(Duration.ofHours(1), Duration.ofHours(5), Duration.ofDays(9))))
        .contains(Duration.ofHours(5));
    assertThat(Stats.median(List.of(Duration.ofHours(2), Duration.ofHours(4))))
        .contains(Duration.ofHours(3));
  }

  @Test
  void countsByMonthCoverEveryMonthOfThePeriodAndDecisionsGiveTheMedian() throws IOException {
    var period = Period.parse("last 3 months", NOW).orElseThrow();
    var issues =
        List.of(
            new IssueFigures.Counted(
                "PRESCRIBING",
                "ACCEPTED",
                Instant.parse("2026-09-10T10:00:00Z"),
                Instant.parse("2026-09-12T10:00:00Z"),
                false),
            new IssueFigures.Counted(
                "PRESCRIBING",
                "OPEN_FOR_TRIAGE",
                Instant.parse("2026-11-02T10:00:00Z"),
                null,
                true),
            new IssueFigures.Counted(
                "REFERRALS",
                "OPEN_FOR_TRIAGE",
                Instant.parse("2026-11-03T10:00:00Z"),
                null,
                false));

    Stats stats = Stats.of(period, issues, YearMonth.of(2026, 11));

    assertThat(stats.raised()).isEqualTo(3);
    assertThat(stats.decided()).isEqualTo(1);
    assertThat(stats.stillOpen()).isEqualTo(1);
    assertThat(stats.medianToDecision()).contains(Duration.ofDays(2));
    assertThat(stats.byCategory())
        .containsExactly(
            java.util.Map.entry("PRESCRIBING", 2), java.util.Map.entry("REFERRALS", 1));
    assertThat(stats.byMonth().values()).containsExactly(1, 0, 2);

    byte[] png = new StatsChart().png("Issues raised per month", "Issues raised", stats);
    var picture = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(picture.getWidth()).isEqualTo(720);
    assertThat(picture.getHeight()).isEqualTo(360);
    boolean drawnInBlue = false;
    for (int x = 0; x < picture.getWidth() && !drawnInBlue; x++) {
      for (int y = 0; y < picture.getHeight() && !drawnInBlue; y++) {
        drawnInBlue = (picture.getRGB(x, y) & 0xFFFFFF) == 0x005EB8;
      }
    }
    assertThat(drawnInBlue).as("the bars are drawn").isTrue();
    if (System.getProperty("insights.chart.out") != null) {
      java.nio.file.Files.write(
          java.nio.file.Path.of(System.getProperty("insights.chart.out")), png);
    }
  }
}
