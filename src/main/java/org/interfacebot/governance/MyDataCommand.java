package org.interfacebot.governance;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.interfacebot.chat.ChatCommand;
import org.interfacebot.chat.Reply;
import org.interfacebot.chat.Texts;
import org.interfacebot.chat.Turn;
import org.interfacebot.chat.Where;
import org.springframework.stereotype.Component;

/** {@code my data}: everything the bot holds about the person, in their 1:1 chat only. */
@Component
class MyDataCommand implements ChatCommand {

  private final PersonalData data;
  private final Texts texts;

  MyDataCommand(PersonalData data, Texts texts) {
    this.data = data;
    this.texts = texts;
  }

  @Override
  public List<String> words() {
    return List.of("my data");
  }

  @Override
  public String usage() {
    return texts.get("governance.my-data.usage");
  }

  @Override
  public String summary() {
    return texts.get("governance.my-data.summary");
  }

  @Override
  public Set<Where> where() {
    return Set.of(Where.PERSONAL);
  }

  @Override
  public List<Reply> handle(Turn turn) {
    DataHeld held = data.heldFor(turn.from().key());
    if (held.nothing()) {
      return List.of(texts.reply("governance.my-data.nothing"));
    }
    var lines = new ArrayList<String>();
    lines.add(
        texts.get(
            "governance.my-data.raised",
            listOrNone(
                held.issues().stream()
                    .map(
                        i ->
                            texts.get(
                                "governance.my-data.issue", i.reference(), texts.label(i.status())))
                    .toList())));
    lines.add(texts.get("governance.my-data.supported", countOrNone(held.supported())));
    lines.add(votes(held));
    lines.add(texts.get("governance.my-data.member-of", listOrNone(held.memberOf())));
    lines.add(
        texts.get("governance.my-data.chair-of", listOrNone(held.chairOf()))
            + (held.configuredChair() ? texts.get("governance.my-data.configured-chair") : ""));
    lines.add(texts.get("governance.my-data.conversations", listOrNone(held.conversations())));
    lines.addAll(held.elsewhere());
    lines.add(
        held.auditEntries() == 0
            ? texts.get("governance.my-data.audit-none", texts.get("governance.my-data.none"))
            : texts.get("governance.my-data.audit", held.auditEntries()));
    return List.of(texts.reply("governance.my-data.list", String.join("\n- ", lines)));
  }

  /**
   * Votes linked to the person by name, and those only counted: "none" only when there are neither,
   * never "none; and 2 ...".
   */
  private String votes(DataHeld held) {
    if (held.namedVotes().isEmpty() && held.anonymousVotes() > 0) {
      return texts.get("governance.my-data.only-anonymous-votes", held.anonymousVotes());
    }
    return texts.get("governance.my-data.votes", listOrNone(held.namedVotes()))
        + (held.anonymousVotes() == 0
            ? ""
            : texts.get("governance.my-data.anonymous-votes", held.anonymousVotes()));
  }

  /** A count as the other lines say an empty list: "none" rather than "0". */
  private String countOrNone(int count) {
    return count == 0 ? texts.get("governance.my-data.none") : String.valueOf(count);
  }

  private String listOrNone(List<String> items) {
    return items.isEmpty() ? texts.get("governance.my-data.none") : String.join(", ", items);
  }
}
