package org.interfacebot.cards;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.interfacebot.chat.Texts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every card template on the classpath under {@code cards/}, parsed once at start-up: a broken
 * template, or one asking for wording no bundle has, stops the application.
 *
 * <p>A template's fixed wording comes from the message bundles: {@code ${$root.wording.title}} in
 * {@code cards/triage-card.json} is the text of {@code cards.triage-card.title}. Each card gets its
 * wording as a {@code wording} object beside its data, so a board can reword or translate a card
 * without touching the template.
 */
@Component
public class CardCatalogue {

  static final String WORDING = "wording";
  private static final String PATTERN = "classpath*:cards/*.json";
  private static final Pattern WORDING_KEY =
      Pattern.compile("\\$root\\." + WORDING + "\\.([A-Za-z][A-Za-z0-9]*)");

  private final Map<String, Template> templates = new TreeMap<>();
  private final Map<String, ObjectNode> wordings = new HashMap<>();
  private final ObjectMapper mapper;

  @Autowired
  public CardCatalogue(Texts texts) {
    this(loadTemplates(new PathMatchingResourcePatternResolver()), texts);
  }

  /** Templates by card name, as JSON text. */
  CardCatalogue(Map<String, String> sources, Texts texts) {
    this.mapper =
        new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    sources.forEach(
        (name, json) -> {
          templates.put(name, Template.parse("cards/" + name + ".json", json));
          ObjectNode wording = mapper.createObjectNode();
          Matcher key = WORDING_KEY.matcher(json);
          while (key.find()) {
            wording.put(key.group(1), texts.get("cards." + name + "." + key.group(1)));
          }
          wordings.put(name, wording);
        });
  }

  /**
   * Expands the named card with {@code data} (a record, map or JSON tree) as {@code $root}, and the
   * card's wording from the bundles as {@code $root.wording}. What Teams renders as markdown is
   * shown as typed ({@link MarkdownShownAsTyped}).
   */
  public JsonNode render(String cardName, Object data) {
    Template template = templates.get(cardName);
    if (template == null) {
      throw new IllegalArgumentException("No card template named " + cardName);
    }
    JsonNode tree = data instanceof JsonNode node ? node.deepCopy() : mapper.valueToTree(data);
    if (tree instanceof ObjectNode root && !wordings.get(cardName).isEmpty()) {
      root.set(WORDING, wordings.get(cardName));
    }
    return MarkdownShownAsTyped.in(template.expand(tree));
  }

  public Set<String> names() {
    return templates.keySet();
  }

  static Map<String, String> loadTemplates(PathMatchingResourcePatternResolver resolver) {
    Map<String, String> loaded = new TreeMap<>();
    try {
      for (Resource resource : resolver.getResources(PATTERN)) {
        String file = resource.getFilename();
        if (file == null || file.endsWith(".data.json")) {
          continue;
        }
        String name = file.substring(0, file.length() - ".json".length());
        loaded.put(name, resource.getContentAsString(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list the card templates", e);
    }
    return loaded;
  }
}
