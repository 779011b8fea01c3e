package org.interfacebot.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Pattern;
import org.interfacebot.support.Activities;
import org.interfacebot.support.BotConversationTest;
import org.interfacebot.support.EmbeddedPostgreSql;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The insights SQL (statistics, export, digests) on a real PostgreSQL, as in production. */
@EnabledIf("org.interfacebot.support.EmbeddedPostgreSql#canRun")
@DirtiesContext
class InsightsPostgresIT extends BotConversationTest {

  private static final HttpClient http = HttpClient.newHttpClient();

  @Autowired DigestSchedule schedule;

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> EmbeddedPostgreSql.database("insights"));
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "");
  }

  @Test
  void statsExportAndTheDigestWorkOnPostgreSql() throws Exception {
    installInTeam();
    ZonedDateTime due = ZonedDateTime.now(ZoneId.of("Europe/London")).plusHours(2);
    chair(
        "settings digest "
            + due.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.UK)
            + " "
            + DateTimeFormatter.ofPattern("HH:mm").format(due));
    String reference =
        raise("gp1", "Dr Morag Fraser", "Results sent to the wrong GP", "Test results");
    clock.advance(Duration.ofHours(5));
    chair("close " + reference + " discuss");

    assertThat(say(activities.channelMention("member1", "m", "stats all")).get(0).cardText())
        .contains(
            "Issues raised: 1",
            "Decided at triage: 1",
            "Median time from raising to the triage decision: 5 hours");

    String reply = say(activities.personalMessage("chair", "Dr Ann Law", "export")).get(0).text();
    var link = Pattern.compile("\\((http://localhost:3978/[^)]+)\\)").matcher(reply);
    assertThat(link.find()).isTrue();
    var csv =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(
                        link.group(1).replace("http://localhost:3978", "http://localhost:" + port)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.body()).contains("\"" + reference + "\"", "\"Discuss at group\"");

    schedule.run();
    schedule.run();
    assertThat(jdbc.queryForObject("select count(*) from insights_digest", Integer.class))
        .isEqualTo(1);
    assertThat(
            awaitSent(
                    s ->
                        s.conversationId().equals(Activities.CHANNEL)
                            && s.cardText().startsWith("Weekly digest: "))
                .cardText())
        .contains("New issues (1)", reference + ": Results sent to the wrong GP (Test results)");
  }
}
