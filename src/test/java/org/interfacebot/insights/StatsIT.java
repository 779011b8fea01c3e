package org.interfacebot.insights;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.interfacebot.support.BotConversationTest;
import org.interfacebot.support.FakeBotConnector.Sent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.util.ReflectionTestUtils;

class StatsIT extends BotConversationTest {

  private static final HttpClient http = HttpClient.newHttpClient();

  private static final String FORMS =
      "I can't read that period. Type `stats` (this month and the 2 before), `stats this month`,"
          + " `stats last month` (the whole of the month before this one), `stats last 6 months`"
          + " (this month and the 5 before; 1 to 36 months), `stats 2026` (a year from 2000 to this"
          + " year) or `stats all`.";

  private final String thisMonth =
      DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK)
          .format(YearMonth.now(ZoneId.of("Europe/London")))
          .replace("Sept", "Sep");

  /** Two issues; the first decided at triage 30 hours after it was raised. */
  private void twoIssuesOneDecided() {
    installInTeam();
    String first = raise("gp1", "Dr Morag Fraser", "Results sent to the wrong GP", "Test results");
    raise("gp2", "Dr Ali Khan", "Specials unavailable in community", "Prescribing");
    clock.advance(Duration.ofHours(30));
    chair("close " + first + " discuss");
    connector.clear();
  }

  @Autowired ApplicationContext context;

  /** Runs the triage module's schedule (closing votes at their deadline) now. */
  private void triageScheduleRuns() {
    ReflectionTestUtils.invokeMethod(context.getBean("triageSchedule"), "run");
  }

  private Sent stats(String user, String command) {
    return say(activities.channelMention(user, "Someone", command)).get(0);
  }

  @Test
  void statsInTheChannelCountByThemeStatusAndMonthWithTheMedianTimeToDecision() {
    twoIssuesOneDecided();

    Sent reply = stats("member1", "stats");

    assertThat(reply.hasCard()).isTrue();
    assertThat(reply.cardText())
        .contains(
            "Issue statistics: Grampian Interface Group",
            "Issues raised: 2",
            "Decided at triage: 1",
            "Still open at triage (voting, or awaiting the chairs): 1",
            "Median time from raising to the triage decision: 1.3 days",
            "By theme",
            "Test results: 1",
            "Prescribing: 1",
            "By status",
            "Open for triage: 1",
            "Accepted: to be discussed at a group meeting: 1",
            "By month raised")
        .containsPattern("Last 3 months: \\w+ \\d{4} to \\w+ \\d{4}");
    assertThat(image(reply.card()).path("altText").asText())
        .isEqualTo("Bar chart of issues raised per month");
  }

  @Test
  void aVoteThatEndsWithoutADecisionCountsAsStillOpenUntilTheChairDecides() {
    twoIssuesOneDecided();
    String awaiting =
        jdbc.queryForObject(
            "select reference from issue where title = 'Specials unavailable in community'",
            String.class);
    // Nobody votes: at the deadline there is no quorum and the vote goes to the chairs.
    clock.advance(Duration.ofDays(8));
    triageScheduleRuns();
    assertThat(
            jdbc.queryForObject(
                "select state from triage_round r join issue i on i.id = r.issue_id"
                    + " where i.reference = ?",
                String.class,
                awaiting))
        .isEqualTo("AWAITING_CHAIR");

    assertThat(stats("member1", "stats").cardText())
        .contains(
            "Issues raised: 2",
            "Decided at triage: 1",
            "Still open at triage (voting, or awaiting the chairs): 1",
            "Median time from raising to the triage decision: 1.3 days");

    clock.advance(Duration.ofDays(1));
    chair("close " + awaiting + " refer");
    assertThat(stats("member1", "stats").cardText())
        .contains(
            "Decided at triage: 2",
            "Still open at triage (voting, or awaiting the chairs): 0",
            // 30 hours and 10 days 6 hours (when the chair decided): 5.75 days.
            "Median time from raising to the triage decision: 5.8 days");
  }

  @Test
  void theChartIsAPngTeamsCanFetchAndItsLinkCannotBeChangedOrUsedLate() throws IOException {
    twoIssuesOneDecided();
    String url = image(stats("member1", "stats all").card()).path("url").asText();
    assertThat(url).startsWith("http://localhost:3978/insights/chart.png?g=").contains("&sig=");
    String local = url.replace("http://localhost:3978", "http://localhost:" + port);

    HttpResponse<byte[]> chart = get(local);
    assertThat(chart.statusCode()).isEqualTo(200);
    assertThat(chart.headers().firstValue("Content-Type")).hasValue("image/png");
    var picture = ImageIO.read(new ByteArrayInputStream(chart.body()));
    assertThat(picture.getWidth()).isEqualTo(720);
    assertThat(picture.getHeight()).isEqualTo(360);

    HttpResponse<byte[]> otherGroup = get(local.replaceFirst("g=(\\d+)", "g=9$1"));
    assertThat(otherGroup.statusCode()).isEqualTo(403);
    assertThat(new String(otherGroup.body()))
        .isEqualTo("This link is not valid. Ask the Interface Bot for a new one.");
    assertThat(get(local.replace("p=all", "p=m3")).statusCode()).isEqualTo(403);
    assertThat(get(local.substring(0, local.indexOf("&sig="))).statusCode()).isEqualTo(403);

    clock.advance(Duration.ofDays(8));
    HttpResponse<byte[]> late = get(local);
    assertThat(late.statusCode()).isEqualTo(410);
    assertThat(new String(late.body()))
        .isEqualTo(
            "This link has expired. For a new chart, type `stats` again in the group's channel or"
                + " in your 1:1 chat with the Interface Bot.");
  }

  @Test
  void thisMonthAndLastMonthAreCalendarMonths() {
    twoIssuesOneDecided();
    YearMonth now = YearMonth.now(ZoneId.of("Europe/London"));
    var month = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    assertThat(stats("member1", "stats this month").cardText())
        .contains("This month: " + month.format(now), "Issues raised: 2");
    Sent last = stats("member1", "stats Last Month");
    assertThat(last.cardText())
        .contains("Last month: " + month.format(now.minusMonths(1)), "Issues raised: 0")
        .doesNotContain(month.format(now));
    assertThat(image(last.card()).path("url").asText()).contains("p=pm");
  }

  @Test
  void everyMonthIsShortenedToThreeLetters() {
    installInTeam();
    int lastYear = YearMonth.now(ZoneId.of("Europe/London")).getYear() - 1;
    assertThat(stats("member1", "stats " + lastYear).cardText())
        .contains("Aug " + lastYear + ": 0", "Sep " + lastYear + ": 0", "Oct " + lastYear + ": 0")
        .doesNotContain("Sept");
  }

  @Test
  void aYearAllTimeAndAnEmptyPeriodEachGetTheirFigures() {
    twoIssuesOneDecided();
    int year = YearMonth.now(ZoneId.of("Europe/London")).getYear();

    assertThat(stats("member1", "stats " + year).cardText())
        .contains("The year " + year, "Issues raised: 2", thisMonth + ": 2");
    assertThat(stats("member1", "stats all").cardText())
        .contains("All issues since the group began", "Issues raised: 2");
    assertThat(stats("member1", "stats 2001").cardText())
        .contains(
            "The year 2001",
            "Issues raised: 0",
            "Median time from raising to the triage decision: No triage decisions yet",
            "Jan 2001: 0",
            "Dec 2001: 0")
        .doesNotContain("By theme");
  }

  @Test
  void membersCanAskInTheir1to1ChatButNotOutsiders() {
    twoIssuesOneDecided();

    var member = say(activities.personalMessage("gp1", "Dr Morag Fraser", "stats last 1 month"));
    assertThat(member.get(0).cardText())
        .contains("This month: ", "Issues raised: 2", thisMonth + ": 2");

    // Someone in the team whom the member list misses (after `forget me`) is looked up in Teams.
    say(activities.personalMessage("gp5", "Dr Five", "forget me"));
    say(activities.personalMessage("gp5", "Dr Five", "yes"));
    var offTheList = say(activities.personalMessage("gp5", "Dr Five", "stats"));
    assertThat(offTheList.get(0).cardText()).contains("Issues raised: 2");

    var outsider = say(activities.personalMessage("outsider", "Someone Else", "stats"));
    assertThat(outsider.get(0).text())
        .isEqualTo(
            "The statistics are for members of the Interface Group. Ask a chair to add you to"
                + " the group's team, or type `stats` in the group's channel.");
    assertThat(outsider.get(0).hasCard()).isFalse();
  }

  @Test
  void aPeriodItCannotReadGetsTheAcceptedFormsAndChangesNothing() {
    twoIssuesOneDecided();
    long before = jdbc.queryForObject("select count(*) from issue", Long.class);

    for (String bad :
        new String[] {
          "stats last week",
          "stats 1999",
          "stats 3026",
          "stats last 0 months",
          "stats last 40 months"
        }) {
      Sent reply = stats("member1", bad);
      assertThat(reply.text()).as(bad).isEqualTo(FORMS);
      assertThat(reply.hasCard()).isFalse();
    }
    assertThat(jdbc.queryForObject("select count(*) from issue", Long.class)).isEqualTo(before);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from event_publication where event_type like '%insights%'",
                Long.class))
        .isZero();
  }

  @Test
  void statsNeedToKnowTheGroup() {
    Sent reply =
        say(activities.channelMention("member1", "m", "stats")).stream().findFirst().orElseThrow();
    assertThat(reply.text())
        .isEqualTo(
            "Please use this command in the Interface Group's channel, so I know which group you"
                + " mean.");
  }

  private static JsonNode image(JsonNode card) {
    for (JsonNode element : card.path("body")) {
      if (element.path("type").asText().equals("Image")) {
        return element;
      }
    }
    throw new AssertionError("No picture on the card: " + card);
  }

  private static HttpResponse<byte[]> get(String url) {
    try {
      return http.send(
          HttpRequest.newBuilder(URI.create(url)).GET().build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }
}
