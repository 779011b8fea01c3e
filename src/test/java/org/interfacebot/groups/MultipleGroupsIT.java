package org.interfacebot.groups;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.interfacebot.support.Activities;
import org.interfacebot.support.BotConversationTest;
import org.interfacebot.support.FakeBotConnector.Sent;
import org.junit.jupiter.api.Test;

/**
 * Several Interface Groups in one deployment: each team where the bot is installed has its own
 * chairs, settings, references and channel, and a clinician chooses the group when raising.
 */
class MultipleGroupsIT extends BotConversationTest {

  private static final String HIGHLAND = "19:team-highland-interface@thread.tacv2";
  private static final String HIGHLAND_NAME = "Highland Interface Group";
  private static final String GRAMPIAN_NAME = "Grampian Interface Group";

  private String inHighland(String user, String command) {
    return say(Activities.inTeam(
            activities.channelMention(user, "Dr " + user, command), HIGHLAND, HIGHLAND_NAME))
        .get(0)
        .text();
  }

  /** Both teams install the bot: "chair" installs Grampian's, "chair2" Highland's. */
  private void twoGroups() {
    installInTeam();
    say(Activities.inTeam(activities.installInTeam("chair2"), HIGHLAND, HIGHLAND_NAME));
    connector.clear();
  }

  private List<Sent> gp(String text) {
    return say(activities.personalMessage("gp1", "Dr Morag Fraser", text));
  }

  /** Raises an issue in 1:1, choosing the group by name; returns its reference. */
  private String raiseIn(String groupName, String title) {
    var first = gp("raise");
    assertThat(first.stream().filter(Sent::hasCard).findFirst().orElseThrow().cardText())
        .contains(
            "Which Interface Group is this issue for?",
            "[" + GRAMPIAN_NAME + "]",
            "[" + HIGHLAND_NAME + "]");
    gp(groupName);
    gp(title);
    List<Sent> last = List.of();
    for (String answer : USUAL_ANSWERS) {
      last = gp(answer);
    }
    var response = submit("gp1", "Dr Morag Fraser", draftIdOf(last.get(last.size() - 1)));
    return org.interfacebot.support.CardText.of(response.json().path("value"))
        .lines()
        .findFirst()
        .orElse("")
        .replace("Raised: ", "");
  }

  private String groupOf(String title) {
    return jdbc.queryForObject(
        "select g.name from issue i join interface_group g on g.id = i.group_id where i.title = ?",
        String.class,
        title);
  }

  @Test
  void eachTeamHasItsOwnChairsAndSettings() {
    twoGroups();
    assertThat(jdbc.queryForObject("select count(*) from interface_group", Integer.class))
        .isEqualTo(2);

    assertThat(inHighland("chair", "settings anonymous on")).contains("Only a chair");
    assertThat(inHighland("chair2", "settings anonymous on")).doesNotContain("Only a chair");
    assertThat(chair("chairs")).contains("Chairs of " + GRAMPIAN_NAME).doesNotContain("chair2");
    assertThat(inHighland("member1", "chairs")).contains("Chairs of " + HIGHLAND_NAME);

    assertThat(
            jdbc.queryForObject(
                "select anonymous_voting from interface_group where team_id = ?",
                Boolean.class,
                HIGHLAND))
        .isTrue();
    assertThat(
            jdbc.queryForObject(
                "select anonymous_voting from interface_group where team_id = ?",
                Boolean.class,
                Activities.TEAM))
        .isFalse();
  }

  @Test
  void aClinicianChoosesTheGroup_referencesAreCountedPerGroup_andEachCardGoesToItsOwnChannel() {
    twoGroups();

    String highland = raiseIn(HIGHLAND_NAME, "Highland discharge letters late");
    String grampian = raiseIn(GRAMPIAN_NAME, "Grampian results to the wrong GP");

    assertThat(groupOf("Highland discharge letters late")).isEqualTo(HIGHLAND_NAME);
    assertThat(groupOf("Grampian results to the wrong GP")).isEqualTo(GRAMPIAN_NAME);
    assertThat(highland).isEqualTo("IF-" + YEAR + "-0001");
    assertThat(grampian).isEqualTo("IF-" + YEAR + "-0001");

    Sent highlandCard =
        awaitSent(
            s ->
                s.hasCard()
                    && s.cardText().contains("Highland discharge letters late")
                    && s.method().equals("POST")
                    && !s.conversationId().startsWith("a:"));
    assertThat(highlandCard.conversationId()).isEqualTo(HIGHLAND);
    Sent grampianCard =
        awaitSent(
            s ->
                s.hasCard()
                    && s.cardText().contains("Grampian results to the wrong GP")
                    && s.method().equals("POST")
                    && !s.conversationId().startsWith("a:"));
    assertThat(grampianCard.conversationId()).isEqualTo(Activities.CHANNEL);

    // A reference means the issue of the group whose channel asks.
    assertThat(
            say(activities.channelMention("member1", "m", "status " + grampian)).get(0).cardText())
        .contains("Grampian results to the wrong GP")
        .doesNotContain("Highland");
    assertThat(
            say(Activities.inTeam(
                    activities.channelMention("member1", "m", "status " + highland),
                    HIGHLAND,
                    HIGHLAND_NAME))
                .get(0)
                .cardText())
        .contains("Highland discharge letters late")
        .doesNotContain("Grampian");

    // A chair of one group cannot decide the other group's issue.
    assertThat(inHighland("chair", "close " + highland + " discuss")).contains("Only a chair");
    assertThat(
            jdbc.queryForObject(
                "select status from issue where title = ?",
                String.class,
                "Highland discharge letters late"))
        .isEqualTo("OPEN_FOR_TRIAGE");
  }

  private String statusOf(String title) {
    return jdbc.queryForObject("select status from issue where title = ?", String.class, title);
  }

  @Test
  void aReporterAnswersOneGroupsRequestForMoreInformationThoughTheOtherUsesTheSameReference() {
    twoGroups();
    String highland = raiseIn(HIGHLAND_NAME, "Highland discharge letters late");
    String grampian = raiseIn(GRAMPIAN_NAME, "Grampian results to the wrong GP");
    // Both groups wait for gp1's answer on an issue with the same reference.
    assertThat(inHighland("chair2", "close " + highland + " more-info"))
        .startsWith("Closed the vote");
    assertThat(chair("close " + grampian + " more-info")).startsWith("Closed the vote");
    Sent request =
        awaitSent(
            s ->
                s.hasCard()
                    && s.cardText().contains("Highland discharge letters late")
                    && s.card()
                        .path("actions")
                        .path(0)
                        .path("verb")
                        .asText()
                        .equals("triage.moreinfo"));
    var data =
        (com.fasterxml.jackson.databind.node.ObjectNode)
            request.card().path("actions").path(0).path("data").deepCopy();

    var answered =
        clickIn1to1(
            "gp1",
            "Dr Morag Fraser",
            "triage.moreinfo",
            data.put("answer", "It happens with every weekend discharge."));
    // A card sent before cards named their group cannot tell the two apart: nothing is added.
    var old =
        clickIn1to1(
            "gp1",
            "Dr Morag Fraser",
            "triage.moreinfo",
            Activities.data().put("issue", grampian).put("answer", "Wards 7 and 9."));

    assertThat(answered.body()).contains("Sent").doesNotContain("among yours");
    assertThat(statusOf("Highland discharge letters late")).isEqualTo("OPEN_FOR_TRIAGE");
    assertThat(statusOf("Grampian results to the wrong GP")).isEqualTo("MORE_INFO_NEEDED");
    assertThat(old.body()).contains("more than one of your groups");
    assertThat(jdbc.queryForObject("select count(*) from issue_note", Integer.class)).isOne();
  }

  @Test
  void aChairActsIn1to1OnTheirGroupsIssueAndWhereTwoGroupsOfTheirsShareAReferenceIsAsked() {
    twoGroups();
    String highland = raiseIn(HIGHLAND_NAME, "Highland discharge letters late");
    raiseIn(GRAMPIAN_NAME, "Grampian results to the wrong GP");
    // "chair" chairs Grampian's group and now Highland's too.
    say(
        Activities.inTeam(
            activities.channelMentionOf("chair2", "Dr chair2", "chair add", "chair", "Dr Ann Law"),
            HIGHLAND,
            HIGHLAND_NAME));

    // Which of their two groups' issues a chair of both means cannot be told.
    String both =
        say(activities.personalMessage("chair", "Dr Ann Law", "close " + highland + " discuss"))
            .get(0)
            .text();
    String closed =
        say(activities.personalMessage("chair2", "Dr chair2", "close " + highland + " discuss"))
            .get(0)
            .text();

    assertThat(closed).startsWith("Closed the vote");
    assertThat(statusOf("Highland discharge letters late")).isNotEqualTo("OPEN_FOR_TRIAGE");
    assertThat(statusOf("Grampian results to the wrong GP")).isEqualTo("OPEN_FOR_TRIAGE");
    assertThat(both)
        .isEqualTo(
            highland
                + " is the reference of an issue in more than one of your groups ("
                + GRAMPIAN_NAME
                + ", "
                + HIGHLAND_NAME
                + "), as each group numbers its own issues, so I have not done anything with it."
                + " Please type it in the channel of the group it belongs to.");
  }

  @Test
  void aReporterWhoseIssuesInTwoGroupsShareAReferenceSeesEachWithStatus() {
    twoGroups();
    String highland = raiseIn(HIGHLAND_NAME, "Highland discharge letters late");
    String grampian = raiseIn(GRAMPIAN_NAME, "Grampian results to the wrong GP");
    assertThat(highland).isEqualTo(grampian);

    var status = gp("status " + highland);

    assertThat(status).hasSize(2).allMatch(Sent::hasCard);
    assertThat(status.get(0).cardText() + status.get(1).cardText())
        .contains(
            highland + ": Highland discharge letters late",
            grampian + ": Grampian results to the wrong GP")
        .doesNotContain("more than one of your groups");
    // Someone else, a member of neither, still sees neither.
    assertThat(
            say(activities.personalMessage("outsider", "Dr Not Member", "status " + highland))
                .get(0)
                .text())
        .isEqualTo("I can't find " + highland + " among the issues you can see.");
  }

  @Test
  void raiseFormAsksForTheGroupThenShowsTheFormForIt() {
    twoGroups();
    assertThat(gp("raise form").get(1).cardText())
        .contains("Which Interface Group is this issue for?");
    var typed = gp("form");
    assertThat(typed.get(0).text())
        .isEqualTo("I'll show you the form once you've chosen the group:");
    assertThat(typed.get(1).cardText()).contains("[" + HIGHLAND_NAME + "]");

    var form = gp(HIGHLAND_NAME);
    assertThat(form).hasSize(1);
    var card = form.get(0).card();
    assertThat(card.findValues("id")).extracting(JsonNode::asText).contains("title", "showName");
    String draftId = card.path("actions").path(0).path("data").path("draftId").asText();
    var confirm =
        clickIn1to1("gp1", "Dr Morag Fraser", "raise.form", Activities.filledInForm(draftId));
    assertThat(org.interfacebot.support.CardText.of(confirm.json().path("value")))
        .contains("Title: Bloods requested twice");
    submit("gp1", "Dr Morag Fraser", draftId);

    assertThat(groupOf("Bloods requested twice")).isEqualTo(HIGHLAND_NAME);
  }

  @Test
  void anAnswerThatIsNoGroupIsAskedAgainAndNothingIsKept() {
    twoGroups();
    gp("raise");
    var again = gp("Lothian");
    assertThat(again.get(0).text())
        .isEqualTo("I didn't recognise that group. Please choose one of these:");
    assertThat(again.get(1).cardText()).contains("[" + HIGHLAND_NAME + "]");
    assertThat(jdbc.queryForObject("select count(*) from issue", Integer.class)).isZero();
  }
}
