package org.interfacebot.governance;

import static org.assertj.core.api.Assertions.assertThat;

import org.interfacebot.support.BotConversationTest;
import org.junit.jupiter.api.Test;

class PrivacyNoticeIT extends BotConversationTest {

  @Test
  void aPersonIsShownThePrivacyNoticeAtTheirFirst1to1Chat() {
    var first = say(activities.personalInstall("gp1", "Dr Morag Fraser"));
    var again = say(activities.personalInstall("gp1", "Dr Morag Fraser"));

    assertThat(first).hasSize(2);
    assertThat(first.get(1).cardText())
        .contains(
            "How Interface Bot uses your information",
            "Never enter anything that could identify a patient",
            "your identity is removed from it after 12 months",
            "deleted after 6 years",
            "kept for 30 days after a vote closes",
            "your answers to sense-checks, your work-shadowing offers and requests",
            "Your board's Information Governance team");
    assertThat(again).isEmpty();
  }

  @Test
  void theNoticeAndTheRaiseDialogSayWhatIsRefusedAndThatNamesAndAddressesAreNotDetected() {
    installInTeam();

    var notice = say(activities.personalMessage("gp1", "Dr Morag Fraser", "privacy"));
    var raise = say(activities.personalMessage("gp1", "Dr Morag Fraser", "raise"));

    assertThat(notice.get(0).cardText())
        .contains(
            "no names, addresses, NHS or CHI numbers, dates of birth or other identifying details",
            "I refuse answers with an NHS or CHI number or a date of birth",
            "I cannot recognise names or addresses")
        .doesNotContain("look like them");
    assertThat(raise.get(0).text())
        .contains(
            "no names, addresses, NHS or CHI numbers, dates of birth or other identifying details",
            "I cannot recognise names or addresses, so leave them out");
  }

  @Test
  void privacyShowsTheNoticeIn1to1AndInTheChannel() {
    installInTeam();

    var personal = say(activities.personalMessage("gp1", "Dr Morag Fraser", "privacy"));
    var channel = say(activities.channelMention("member1", "Member One", "privacy"));

    assertThat(personal.get(0).cardText()).contains("How Interface Bot uses your information");
    assertThat(channel.get(0).cardText()).contains("`my data`", "`forget me`");
  }
}
