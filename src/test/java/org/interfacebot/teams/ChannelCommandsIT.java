package org.interfacebot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import org.interfacebot.support.BotConversationTest;
import org.junit.jupiter.api.Test;

class ChannelCommandsIT extends BotConversationTest {

  @Test
  void helpListsTheCommandsWithTheMentionStripped() {
    installInTeam();

    var reply = say(activities.channelMention("member1", "Member One", "help"));

    assertThat(reply.get(0).text())
        .contains("`status IF-2027-0042`", "`help`", "chat with me 1:1 and type `raise`")
        .doesNotContain("`raise`: raise");
  }

  @Test
  void helpListsWhatEveryoneCanTypeBeforeWhatOnlyChairsCan() {
    installInTeam();

    String channel = say(activities.channelMention("member1", "Member One", "help")).get(0).text();
    String personal =
        say(activities.personalMessage("gp1", "Dr Morag Fraser", "help")).get(0).text();

    for (String help : java.util.List.of(channel, personal)) {
      String everyone = help.substring(0, help.indexOf("For the group's chairs only:"));
      String chairs = help.substring(help.indexOf("For the group's chairs only:"));
      assertThat(everyone).contains("`status IF-2027-0042`", "`help`").doesNotContain("`close ");
      assertThat(chairs).contains("`close IF-2027-0042", "`health`").doesNotContain("`status ");
    }
    assertThat(personal.substring(0, personal.indexOf("For the group's chairs only:")))
        .contains("`raise`", "`my issues`")
        .doesNotContain("`export`");
  }

  @Test
  void statusShowsTheIssueWithItsTallies() {
    installInTeam();
    // The reply is the channel's shared view: tallies show there when the group shows them to all.
    chair("settings results always");
    String reference =
        raise("gp1", "Dr Morag Fraser", "Outpatient letters take 6 weeks", "Outpatients");
    post(activities.vote("m1", reference, "more-info"));

    var reply = say(activities.channelMention("m1", "m1", "status " + reference.toLowerCase()));

    assertThat(reply.get(0).cardText())
        .contains(
            reference + ": Outpatient letters take 6 weeks",
            "Status: Open for triage",
            "Votes so far: 1",
            "Need more information: 1")
        .doesNotContain("[Discuss at group]");
  }

  @Test
  void statusOfAnUnknownIssueSaysSo() {
    installInTeam();
    var reply =
        say(activities.channelMention("member1", "Member One", "status IF-" + YEAR + "-0404"));
    assertThat(reply.get(0).text())
        .isEqualTo("I can't find IF-" + YEAR + "-0404 among the issues you can see.");
  }

  @Test
  void aCommandWhoseArgumentIsOnTheNextLineIsStillTheCommand() {
    String reference = raiseOne();

    var channel = say(activities.channelMention("m1", "m1", "status\n" + reference));
    var personal =
        say(activities.personalMessage("gp1", "Dr Morag Fraser", "status\n" + reference));

    assertThat(channel.get(0).cardText()).contains(reference + ": Results sent to the wrong GP");
    assertThat(personal.get(0).cardText()).contains(reference + ": Results sent to the wrong GP");
  }

  @Test
  void statusOfSomethingThatIsNotAReferenceSaysWhatOneLooksLikeWithoutRepeatingIt() {
    installInTeam();
    var reply = say(activities.channelMention("member1", "Member One", "status 943 476 5919"));
    assertThat(reply.get(0).text())
        .isEqualTo("That isn't an issue reference I know: references look like `IF-2027-0042`.");
  }

  @Test
  void statusIsNotShownInAGroupChatWherePeopleOutsideTheGroupMayRead() {
    String reference = raiseOne();
    var inGroupChat = activities.personalMessage("member1", "Member One", "status " + reference);
    inGroupChat
        .with("conversation")
        .put("id", "19:group-chat@thread.v2")
        .put("conversationType", "groupChat")
        .put("isGroup", true);

    var reply = say(inGroupChat);

    assertThat(reply).hasSize(1);
    assertThat(reply.get(0).hasCard()).isFalse();
    assertThat(reply.get(0).text())
        .isEqualTo(
            "`status IF-2027-0042` works in the group's channel (mention me there) or in a 1:1"
                + " chat with me.");
  }

  @Test
  void anUnknownCommandGetsAHelpHint() {
    installInTeam();
    var reply = say(activities.channelMention("member1", "Member One", "dance"));
    assertThat(reply.get(0).text())
        .isEqualTo(
            "Sorry, I don't know that command. Type `@Interface Bot help` to see what I can do here.");
  }

  @Test
  void aGreetingIsGreetedAndACommandTypedSlightlyWrongIsNamed() {
    installInTeam();
    assertThat(say(activities.personalMessage("gp1", "Dr Morag Fraser", "Hello!")).get(0).text())
        .isEqualTo(
            "Hello! I'm Interface Bot: I take interface issues (problems where patients move"
                + " between general practice and hospital care) to the Interface Group, and tell"
                + " you what it decides. Type `raise` to raise an interface issue, or `help` to"
                + " see everything I can do.");
    assertThat(say(activities.personalMessage("gp1", "Dr Morag Fraser", "thanks")).get(0).text())
        .isEqualTo("You're welcome.");
    assertThat(say(activities.personalMessage("gp1", "Dr Morag Fraser", "hlep")).get(0).text())
        .isEqualTo(
            "Sorry, I don't know that command. Did you mean `help`? Type `help` to see"
                + " everything I can do.");
    assertThat(
            say(activities.channelMention("member1", "Member One", "stauts IF-2027-0001"))
                .get(0)
                .text())
        .startsWith(
            "Sorry, I don't know that command. Did you mean `status IF-2027-0042` or `stats");
  }

  /**
   * In a channel the bot hears only what mentions it: the hint says so, as for any unknown word.
   */
  @Test
  void aCommandTypedSlightlyWrongInTheChannelIsToldToMentionTheBotForHelp() {
    installInTeam();
    assertThat(say(activities.channelMention("member1", "Member One", "hlep")).get(0).text())
        .isEqualTo(
            "Sorry, I don't know that command. Did you mean `help`? Type `@Interface Bot help` to"
                + " see what I can do here.");
    assertThat(say(activities.channelMention("member1", "Member One", "agnda")).get(0).text())
        .endsWith("Did you mean `agenda`? Type `@Interface Bot help` to see what I can do here.");
  }

  /** "@Interface Bot chairs?" is the command: the question mark or full stop is not a slip. */
  @Test
  void aCommandWordAloneFollowedByAQuestionMarkOrFullStopIsTheCommand() {
    installInTeam();

    assertThat(say(activities.channelMention("member1", "Member One", "chairs?")).get(0).text())
        .isEqualTo("Chairs of Grampian Interface Group: Chair.");
    assertThat(say(activities.channelMention("member1", "Member One", "Agenda.")).get(0).text())
        .startsWith("No meeting is set yet.");
    assertThat(say(activities.channelMention("member1", "Member One", "help?")).get(0).text())
        .startsWith("I'm Interface Bot. Mention me (@Interface Bot) followed by a command.");
    assertThat(say(activities.personalMessage("member1", "Member One", "my issues?")).get(0).text())
        .doesNotContain("don't know that command");
  }

  /** A command with an argument is handed on as typed: its words, case and full stop kept. */
  @Test
  void theArgumentOfACommandEndingWithAFullStopIsKeptAsTyped() {
    String reference = raiseOne();

    chair("close " + reference + " decline Already covered by the eHealth work.");

    assertThat(jdbc.queryForObject("select reason from triage_round", String.class))
        .isEqualTo("Already covered by the eHealth work.");
  }

  @Test
  void raiseInAChannelPointsTo1to1Chat() {
    installInTeam();
    var reply = say(activities.channelMention("member1", "Member One", "raise"));
    assertThat(reply.get(0).text()).contains("works in a 1:1 chat with me");
  }

  /** {@code minutes status} is a chair's command of its own: help names it, in both places. */
  @Test
  void helpNamesMinutesStatusForTheChairs() {
    installInTeam();

    String channel = chair("help");
    String personal = say(activities.personalMessage("chair", "Dr Ann Law", "help")).get(0).text();

    for (String help : java.util.List.of(channel, personal)) {
      assertThat(help.substring(help.indexOf("For the group's chairs only:")))
          .contains("`minutes status` shows which networks have acknowledged the latest");
    }
  }
}
