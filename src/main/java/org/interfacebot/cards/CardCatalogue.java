package org.interfacebot.cards;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every card template on the classpath under {@code cards/}, parsed once at start-up: a broken
 * template stops the application with the parse error.
 */
@Component
public class CardCatalogue {

  private static final String PATTERN = "classpath*:cards/*.json";

  private final Map<String, Template> templates;
  private final ObjectMapper mapper;

  public CardCatalogue() {
    this(loadTemplates(new PathMatchingResourcePatternResolver()));
  }

  CardCatalogue(Map<String, Template> templates) {
    this.templates = Map.copyOf(templates);
    this.mapper =
        new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  }

  /** Expands the named card with {@code data} (a record, map or JSON tree) as {@code $root}. */
  public JsonNode render(String cardName, Object data) {
    Template template = templates.get(cardName);
    if (template == null) {
      throw new IllegalArgumentException("No card template named " + cardName);
    }
    JsonNode tree = data instanceof JsonNode node ? node : mapper.valueToTree(data);
    return template.expand(tree);
  }

  public Set<String> names() {
    return templates.keySet();
  }

  static Map<String, Template> loadTemplates(PathMatchingResourcePatternResolver resolver) {
    Map<String, Template> loaded = new TreeMap<>();
    try {
      for (Resource resource : resolver.getResources(PATTERN)) {
        String file = resource.getFilename();
        if (file == null || file.endsWith(".data.json")) {
          continue;
        }
        String json = resource.getContentAsString(StandardCharsets.UTF_8);
        String name = file.substring(0, file.length() - ".json".length());
        loaded.put(name, Template.parse("cards/" + file, json));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list the card templates", e);
    }
    return loaded;
  }
}
