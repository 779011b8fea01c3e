package org.interfacebot.issues;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.interfacebot.support.Activities;
import org.interfacebot.support.BotConversationTest;
import org.interfacebot.support.CardText;
import org.junit.jupiter.api.Test;

/**
 * Teams renders the bot's messages and card text as markdown: people's own text must show as they
 * typed it, so that "[guidance](https://…)" cannot become a link named "guidance" to an address
 * nobody sees.
 */
class DisguisedLinksIT extends BotConversationTest {

  private static final String GP = "gp1";
  private static final String NAME = "Dr Morag Fraser";
  private static final String TITLE =
      "Follow the [local guidance](https://elsewhere.example/login) for <a href=\"https://x.example\">discharges</a>";

  /** Markdown's inline, reference and definition links, and an HTML link or image. */
  private static final Pattern MARKUP = Pattern.compile("\\][(\\[:]|<(?i:a|img)\\b");

  @Test
  void aTitleWithMarkdownLinkSyntaxShowsAsTypedWithItsAddressOnTheCardsAndInMessages() {
    installInTeam();
    String reference = raise(GP, NAME, TITLE, "Discharge planning");
    String card =
        CardText.of(
            awaitSent(
                    s ->
                        s.method().equals("POST")
                            && s.conversationId().equals(Activities.CHANNEL)
                            && s.hasCard())
                .card());
    String myIssues = say(activities.personalMessage(GP, NAME, "my issues")).get(0).text();
    String status =
        say(activities.personalMessage(GP, NAME, "status " + reference)).get(0).cardText();

    assertThat(jdbc.queryForObject("select title from issue", String.class)).isEqualTo(TITLE);
    for (String shown : new String[] {card, myIssues, status}) {
      String read = shown.replace("\u200B", "");
      assertThat(read).contains(TITLE);
      assertThat(MARKUP.matcher(shown).find()).as("markup left in %s", shown).isFalse();
    }
  }
}
