package org.interfacebot.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.interfacebot.chat.TestTexts;
import org.junit.jupiter.api.Test;

/** A card's fixed wording comes from the bundles, in the configured locale. */
class CardWordingTest {

  private static final Path CARD = Path.of("cards/triage-card.json");

  @Test
  void aTranslationReplacesTheWordsItHasAndLeavesTheRestInEnglish() throws IOException {
    JsonNode data = new ObjectMapper().readTree(Path.of("cards/triage-card.data.json").toFile());
    String template = Files.readString(CARD);

    String english =
        new CardCatalogue(Map.of("triage-card", template), TestTexts.enGb())
            .render("triage-card", data)
            .toString();
    String welsh =
        new CardCatalogue(Map.of("triage-card", template), TestTexts.in("cy"))
            .render("triage-card", data)
            .toString();

    assertThat(english).contains("\"title\":\"Theme\"", "Votes so far: 3", "Impact on patients");
    assertThat(welsh)
        .contains("\"title\":\"Thema\"", "Pleidleisiau hyd yma: 3", "Impact on patients")
        .doesNotContain("Votes so far");
  }

  @Test
  void aTemplateAskingForWordingNoBundleHasIsRefusedAtLoading() {
    assertThatThrownBy(
            () ->
                new CardCatalogue(
                    Map.of("nameless", "{\"text\":\"${$root.wording.missing}\"}"),
                    TestTexts.enGb()))
        .hasMessageContaining("cards.nameless.missing");
  }
}
