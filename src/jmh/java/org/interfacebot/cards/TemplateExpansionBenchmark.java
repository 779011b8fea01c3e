package org.interfacebot.cards;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/** Expands every card in cards/ with its sample data; one operation expands them all once. */
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
          data.add(json.readTree(file.resolveSibling(name.replace(".json", ".data.json")).toFile()));
        }
      }
    }
  }

  @Benchmark
  public void expandAllCards(Blackhole sink) {
    for (int i = 0; i < templates.size(); i++) {
      sink.consume(templates.get(i).expand(data.get(i)));
    }
  }
}
