package org.interfacebot.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.interfacebot.support.BotConversationTest;
import org.interfacebot.support.FakeBotConnector;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.util.ReflectionTestUtils;

class ExportIT extends BotConversationTest {

  private static final HttpClient http = HttpClient.newHttpClient();
  private static final Pattern LINK = Pattern.compile("\\((http://localhost:3978/[^)]+)\\)");
  private static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"Open\")";

  /** Plays the raise dialog with the reporter choosing not to show their name. */
  private String raiseAnonymously(String user, String title) {
    say(activities.personalMessage(user, "Dr Hidden", "raise"));
    say(activities.personalMessage(user, "Dr Hidden", title));
    List<FakeBotConnector.Sent> last = List.of();
    for (int i = 0; i < USUAL_ANSWERS.size(); i++) {
      String answer = i == USUAL_ANSWERS.size() - 1 ? "no" : USUAL_ANSWERS.get(i);
      last = say(activities.personalMessage(user, "Dr Hidden", answer));
    }
    var response = submit(user, "Dr Hidden", draftIdOf(last.get(last.size() - 1)));
    return org.interfacebot.support.CardText.of(response.json().path("value"))
        .lines()
        .findFirst()
        .orElseThrow()
        .replace("Raised: ", "");
  }

  private String exportLink() {
    String reply = say(activities.personalMessage("chair", "Dr Ann Law", "export")).get(0).text();
    var link = LINK.matcher(reply);
    assertThat(link.find()).as(reply).isTrue();
    return link.group(1).replace("http://localhost:3978", "http://localhost:" + port);
  }

  @Test
  void theReplyCountsOneIssueOrNoneInGoodEnglish() {
    installInTeam();
    String none = say(activities.personalMessage("chair", "Dr Ann Law", "export")).get(0).text();
    raise("gp1", "Dr Morag Fraser", "Results sent to the wrong GP", "Test results");

    String one = say(activities.personalMessage("chair", "Dr Ann Law", "export")).get(0).text();

    assertThat(none).startsWith("Here are the group's issues as a CSV file (0 issues): ");
    assertThat(one).startsWith("Here are the group's issues as a CSV file (1 issue): ");
  }

  @Test
  void aChairGetsACsvOfTheGroupsIssuesThroughASignedLink() {
    installInTeam();
    String named = raise("gp1", "Dr Morag Fraser", "Results sent to the wrong GP", "Test results");
    String hidden = raiseAnonymously("gp2", FORMULA);
    // Text the identifier guard refuses is never stored, so it can never be exported.
    say(activities.personalMessage("gp3", "Dr Three", "raise"));
    String refused =
        say(activities.personalMessage("gp3", "Dr Three", "Patient 943 476 5919 lost results"))
            .get(0)
            .text();
    assertThat(refused).doesNotContain("943 476 5919");

    String reply = say(activities.personalMessage("chair", "Dr Ann Law", "export")).get(0).text();
    assertThat(reply)
        .startsWith("Here are the group's issues as a CSV file (2 issues): [download the export](")
        .contains(
            "anyone with it can download the file", "Anonymous issues have no reporter's name");
    HttpResponse<byte[]> download = get(exportLink());

    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
    assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
        .startsWith("attachment; filename=\"interface-issues-");
    String csv = new String(download.body(), StandardCharsets.UTF_8);
    assertThat(csv).startsWith("\uFEFF\"Reference\",\"Raised (UK time)\",\"Title\",\"Theme\"");
    List<String> rows = csv.lines().toList();
    assertThat(rows).hasSize(3);
    assertThat(rows.get(1))
        .startsWith("\"" + named + "\",")
        .contains(
            "\"Results sent to the wrong GP\",\"Test results\",\"Secondary to primary care\"",
            "\"Open for triage\"",
            "\"Dr Morag Fraser\"",
            "\"Patients are discharged without a plan for follow-up.\"");
    assertThat(rows.get(2))
        .startsWith("\"" + hidden + "\",")
        // The formula is neutralised and its quotes doubled.
        .contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Open\"\")\"")
        .doesNotContain("Dr Hidden");
    assertThat(csv).doesNotContain("aad-gp1", "aad-gp2", "Dr Hidden", "943 476 5919");
    assertThat(csv).endsWith("\r\n");
  }

  @Autowired ApplicationContext context;

  /** The cells of the export's row for an issue (no cell of these rows holds a quote). */
  private List<String> exportedRow(String reference) {
    String csv = new String(get(exportLink()).body(), StandardCharsets.UTF_8);
    String row =
        csv.lines().filter(l -> l.startsWith("\"" + reference + "\"")).findFirst().orElseThrow();
    return List.of(row.substring(1, row.length() - 1).split("\",\"", -1));
  }

  @Test
  void aVoteAwaitingTheChairsHasNoDecisionOrDecidedTimeUntilTheyDecide() {
    installInTeam();
    String reference =
        raise("gp1", "Dr Morag Fraser", "Results sent to the wrong GP", "Test results");
    // Nobody votes: at the deadline there is no quorum and the vote goes to the chairs.
    clock.advance(Duration.ofDays(8));
    ReflectionTestUtils.invokeMethod(context.getBean("triageSchedule"), "run");

    List<String> awaiting = exportedRow(reference);
    assertThat(awaiting.get(10)).as("Triage decision").isEmpty();
    assertThat(awaiting.get(11)).as("Decided (UK time)").isEmpty();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from triage_round where decided_at is not null", Integer.class))
        .isZero();

    clock.advance(Duration.ofDays(1));
    var when =
        java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(java.time.ZoneId.of("Europe/London"));
    String before = when.format(clock.instant());
    chair("close " + reference + " discuss");
    String after = when.format(clock.instant());
    List<String> decided = exportedRow(reference);
    assertThat(decided.get(10)).isEqualTo("Discuss at group");
    assertThat(decided.get(11)).as("when the chair decided").isIn(before, after);
  }

  @Test
  void aChangedOrExpiredLinkIsRefusedWithAPlainMessage() {
    installInTeam();
    raise("gp1", "Dr Morag Fraser", "Results sent to the wrong GP", "Test results");
    String link = exportLink();

    for (String tampered :
        List.of(
            link.replaceFirst("g=(\\d+)", "g=1$1"),
            link.replaceFirst("exp=(\\d+)", "exp=9$1"),
            link.replaceFirst("n=([0-9a-f])", "n=0"),
            link.replaceFirst("sig=.", "sig=A"),
            link.substring(0, link.indexOf("&sig=")),
            "http://localhost:" + port + "/insights/export.csv")) {
      if (tampered.equals(link)) {
        continue;
      }
      HttpResponse<byte[]> refused = get(tampered);
      assertThat(refused.statusCode()).as(tampered).isEqualTo(403);
      assertThat(new String(refused.body(), StandardCharsets.UTF_8))
          .isEqualTo("This link is not valid. Ask the Interface Bot for a new one.");
    }

    clock.advance(Duration.ofMinutes(61));
    HttpResponse<byte[]> expired = get(link);
    assertThat(expired.statusCode()).isEqualTo(410);
    assertThat(new String(expired.body(), StandardCharsets.UTF_8))
        .isEqualTo(
            "This link has expired. For a new one, type `export` again in your 1:1 chat with the"
                + " Interface Bot.");
  }

  @Test
  void onlyChairsMayExportAndOnlyIn1to1() {
    installInTeam();
    raise("gp1", "Dr Morag Fraser", "Results sent to the wrong GP", "Test results");

    var member = say(activities.personalMessage("gp1", "Dr Morag Fraser", "export")).get(0);
    assertThat(member.text())
        .isEqualTo(
            "Only a chair of the group can export its issues. Type `chairs` to see who they are.");
    assertThat(member.text()).doesNotContain("http");

    assertThat(chair("export"))
        .isEqualTo(
            "`export` works in a 1:1 chat with me: open a chat with Interface Bot and type it"
                + " there.");
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

  /** "chair" installs the bot in both teams of the tenant, so chairs both groups. */
  @Test
  void aChairOfTwoGroupsNamesTheGroupToExport() {
    installInTeam();
    say(
        org.interfacebot.support.Activities.inTeam(
            activities.installInTeam("chair"),
            "19:team-highland-interface@thread.tacv2",
            "Highland Interface Group"));
    connector.clear();

    String asked = say(activities.personalMessage("chair", "Dr Ann Law", "export")).get(0).text();
    String named =
        say(activities.personalMessage("chair", "Dr Ann Law", "export highland interface group"))
            .get(0)
            .text();

    assertThat(asked)
        .isEqualTo(
            "You chair more than one Interface Group: type `export` and the group's name, such as"
                + " `export Highland Interface Group`. Your groups: Highland Interface Group,"
                + " Grampian Interface Group.");
    assertThat(named).contains("download the export");
  }
}
