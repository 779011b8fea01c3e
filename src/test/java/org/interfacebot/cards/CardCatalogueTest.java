package org.interfacebot.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.interfacebot.chat.TestTexts;
import org.junit.jupiter.api.Test;

class CardCatalogueTest {

  record Greeting(String name, LocalDate on, List<String> tags) {}

  private final CardCatalogue catalogue =
      new CardCatalogue(
          Map.of("greeting", "{\"text\":\"Hello ${name} on ${on}\",\"tags\":\"${tags}\"}"),
          TestTexts.enGb());

  @Test
  void rendersARecordWithDatesAsIsoStrings() {
    var card =
        catalogue.render("greeting", new Greeting("Ann", LocalDate.of(2024, 3, 5), List.of("a")));
    assertThat(card.get("text").textValue()).isEqualTo("Hello Ann on 2024-03-05");
    assertThat(card.get("tags").get(0).textValue()).isEqualTo("a");
  }

  @Test
  void unknownCardIsRejected() {
    assertThatThrownBy(() -> catalogue.render("nope", Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(catalogue.names()).containsExactly("greeting");
  }

  @Test
  void loadsEveryClasspathCardExceptSampleData() {
    CardCatalogue fromClasspath = new CardCatalogue(TestTexts.enGb());
    assertThat(fromClasspath.names()).noneMatch(name -> name.endsWith(".data"));
  }
}
