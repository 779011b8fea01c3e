package org.interfacebot.insights;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.interfacebot.chat.ChatCommand;
import org.interfacebot.chat.Reply;
import org.interfacebot.chat.Texts;
import org.interfacebot.chat.Turn;
import org.interfacebot.chat.Where;
import org.interfacebot.groups.Chairs;
import org.interfacebot.groups.GroupInfo;
import org.interfacebot.groups.Groups;
import org.springframework.stereotype.Component;

/**
 * {@code export} (chairs, in 1:1): a link to a CSV of the group's issues, signed and working for at
 * most an hour. The file is made when the link is opened, from what is stored then.
 */
@Component
class ExportCommand implements ChatCommand {

  static final String PATH = "/insights/export.csv";
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final DateTimeFormatter UNTIL =
      DateTimeFormatter.ofPattern("HH:mm").withZone(Period.UK);

  private final Groups groups;
  private final Chairs chairs;
  private final IssueFigures figures;
  private final SignedLinks links;
  private final InsightsProperties properties;
  private final Texts texts;
  private final Clock clock;

  ExportCommand(
      Groups groups,
      Chairs chairs,
      IssueFigures figures,
      SignedLinks links,
      InsightsProperties properties,
      Texts texts,
      Clock clock) {
    this.groups = groups;
    this.chairs = chairs;
    this.figures = figures;
    this.links = links;
    this.properties = properties;
    this.texts = texts;
    this.clock = clock;
  }

  @Override
  public List<String> words() {
    return List.of("export");
  }

  @Override
  public String usage() {
    return texts.get("insights.export.usage");
  }

  @Override
  public String summary() {
    return texts.get("insights.export.summary");
  }

  @Override
  public Set<Where> where() {
    return Set.of(Where.PERSONAL);
  }

  @Override
  public boolean forChairs() {
    return true;
  }

  @Override
  public List<Reply> handle(Turn turn) {
    String person = turn.from().key();
    var group = groups.of(turn.place());
    if (group.isEmpty()) {
      // Several groups in the tenant: the one this person chairs, or the one of theirs they name.
      var chaired =
          groups.forTenant(turn.place().tenantId()).stream()
              .filter(g -> chairs.isChair(g.id(), person))
              .toList();
      String named = turn.rest().strip();
      var chosen =
          chaired.size() == 1
              ? chaired
              : chaired.stream().filter(g -> g.name().equalsIgnoreCase(named)).toList();
      if (chaired.isEmpty()) {
        return List.of(texts.reply("insights.export.not-a-chair"));
      }
      if (chosen.size() != 1) {
        return List.of(
            texts.reply(
                "insights.export.which-group",
                chaired.get(0).name(),
                chaired.stream().map(GroupInfo::name).collect(Collectors.joining(", "))));
      }
      group = java.util.Optional.of(chosen.get(0));
    }
    long groupId = group.get().id();
    if (!chairs.isChair(groupId, person)) {
      return List.of(texts.reply("insights.export.not-a-chair"));
    }
    var parameters = new LinkedHashMap<String, String>();
    parameters.put("g", Long.toString(groupId));
    parameters.put("n", nonce());
    String link = links.link(PATH, parameters, properties.exportLinkValidFor());
    Instant until = clock.instant().plus(properties.exportLinkValidFor());
    int count = figures.exported(groupId).size();
    return List.of(texts.reply("insights.export.link", count, link, UNTIL.format(until)));
  }

  /** Makes each link unguessable even for the same group and second. */
  private static String nonce() {
    byte[] bytes = new byte[12];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
