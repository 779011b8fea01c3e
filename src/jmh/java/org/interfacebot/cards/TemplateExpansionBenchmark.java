package org.interfacebot.cards;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Expands every card in cards/ with its sample data and its wording from the bundle (as the bot
 * renders it); one operation expands them all once.
 */
@State(Scope.Benchmark)
public class TemplateExpansionBenchmark {

  private final List<Template> templates = new ArrayList<>();
  private final List<JsonNode> data = new ArrayList<>();

  @Setup
  public void load() throws IOException {
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> files = Files.list(Path.of("cards"))) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (name.endsWith(".json") && !name.endsWith(".data.json")) {
          templates.add(Template.parse(name, Files.readString(file)));
          JsonNode sample = json.readTree(file.resolveSibling(name.replace(".json", ".data.json")).toFile());
          ObjectNode wording = wording(json, name.replace(".json", ""));
          if (sample instanceof ObjectNode object && !wording.isEmpty()) {
            object.set("wording", wording);
          }
          data.add(sample);
        }
      }
    }
  }

  /** The card's wording from the bundle, as CardCatalogue supplies it ($root.wording). */
  private static ObjectNode wording(ObjectMapper json, String card) throws IOException {
    Properties bundle = new Properties();
    try (var in = Files.newBufferedReader(Path.of("src/main/resources/i18n/cards.properties"))) {
      bundle.load(in);
    }
    ObjectNode wording = json.createObjectNode();
    String prefix = "cards." + card + ".";
    for (String key : bundle.stringPropertyNames()) {
      if (key.startsWith(prefix)) {
        wording.put(
            key.substring(prefix.length()),
            new MessageFormat(bundle.getProperty(key)).format(new Object[0]));
      }
    }
    return wording;
  }

  @Benchmark
  public void expandAllCards(Blackhole sink) {
    for (int i = 0; i < templates.size(); i++) {
      sink.consume(templates.get(i).expand(data.get(i)));
    }
  }
}
