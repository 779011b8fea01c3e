package org.interfacebot.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.interfacebot.chat.TestTexts;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Compares the engine with the goldens written by the official engine ({@code
 * src/test/js/generate-goldens.js}): every corpus case, and every card in {@code cards/} with its
 * sample data and its wording from {@code i18n/cards.properties}.
 */
class TemplateConformanceTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path CORPUS = Path.of("src/test/resources/templating");
  private static final Path CARDS = Path.of("cards");

  /**
   * Cases where the engine knowingly differs from the reference. formatDateTime: the reference
   * converts C# patterns to dayjs without honouring quoted literals ('at' prints "pmt").
   */
  private static final Set<String> KNOWN_DIVERGENCES = Set.of("formatDateTime-literals");

  @TestFactory
  Stream<DynamicTest> corpusCases() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> files = Files.list(CORPUS.resolve("cases"))) {
      for (Path file : files.sorted().toList()) {
        JsonNode expected = read(CORPUS.resolve("expected").resolve(file.getFileName()));
        for (JsonNode c : read(file)) {
          String name = c.get("name").textValue();
          JsonNode golden = expected.get(name);
          tests.add(
              DynamicTest.dynamicTest(
                  file.getFileName() + " " + name,
                  () -> {
                    Assumptions.assumeFalse(
                        KNOWN_DIVERGENCES.contains(name), "known divergence from the reference");
                    check(name, c.get("template").toString(), c.get("data"), golden);
                  }));
        }
      }
    }
    assertThat(tests).hasSizeGreaterThanOrEqualTo(120);
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> cardsWithTheirSampleData() throws IOException {
    if (!Files.isDirectory(CARDS)) {
      return Stream.empty();
    }
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> files = Files.list(CARDS)) {
      for (Path file : files.sorted().toList()) {
        String fileName = file.getFileName().toString();
        if (!fileName.endsWith(".json") || fileName.endsWith(".data.json")) {
          continue;
        }
        String name = fileName.substring(0, fileName.length() - ".json".length());
        tests.add(
            DynamicTest.dynamicTest(
                "cards/" + fileName,
                () -> {
                  Path golden = CORPUS.resolve("expected/cards").resolve(fileName);
                  assertThat(golden)
                      .as("golden for %s: run bash src/test/js/check.sh --update", fileName)
                      .exists();
                  JsonNode data = read(CARDS.resolve(name + ".data.json"));
                  JsonNode expected = read(golden).get("expected");
                  assertThat(expected).as("the reference expands %s", fileName).isNotNull();
                  // Through the catalogue, so the card gets its wording from the bundles as the
                  // bot's cards do; generate-goldens.js reads the same bundle.
                  CardCatalogue catalogue =
                      new CardCatalogue(Map.of(name, Files.readString(file)), TestTexts.enGb());
                  assertThat(catalogue.render(name, data)).isEqualTo(expected);
                }));
      }
    }
    return tests.stream();
  }

  private static void check(String name, String template, JsonNode data, JsonNode golden) {
    assertThat(golden).as("golden for %s", name).isNotNull();
    if (golden.has("error")) {
      assertThatThrownBy(() -> Template.parse(name, template).expand(data))
          .as("the reference throws: %s", golden.get("error").textValue())
          .isInstanceOf(TemplateException.class);
      return;
    }
    JsonNode actual = Template.parse(name, template).expand(data);
    if (golden.has("undefined")) {
      assertThat(actual.isMissingNode()).isTrue();
    } else {
      assertThat(actual).isEqualTo(golden.get("expected"));
    }
  }

  private static JsonNode read(Path file) throws IOException {
    return JSON.readTree(file.toFile());
  }
}
