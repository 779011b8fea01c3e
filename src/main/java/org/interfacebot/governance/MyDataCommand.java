package org.interfacebot.governance;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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
    return "my data";
  }

  @Override
  public String summary() {
    return "what I hold about you: issues, votes, roles and chats";
  }

  @Override
  public Set<Where> where() {
    return Set.of(Where.PERSONAL);
  }

  @Override
  public List<Reply> handle(Turn turn) {
    DataHeld held = data.heldFor(turn.from().key());
    if (held.nothing()) {
      return List.of(Reply.text("I hold nothing about you."));
    }
    var lines = new ArrayList<String>();
    lines.add(
        "**Issues you raised:** "
            + (held.issues().isEmpty()
                ? "none"
                : held.issues().stream()
                    .map(i -> "%s (%s)".formatted(i.reference(), i.status().label()))
                    .collect(Collectors.joining(", "))));
    lines.add("**Issues you added your experience to:** " + held.supported());
    lines.add(
        "**Votes:** "
            + (held.namedVotes().isEmpty() ? "none" : String.join(", ", held.namedVotes()))
            + (held.anonymousVotes() == 0
                    ? ""
                    : "; and %d in groups that vote anonymously (only the count: nobody, me included,"
                        + " can tell which choice was yours)")
                .formatted(held.anonymousVotes()));
    lines.add("**Member of:** " + listOrNone(held.memberOf()));
    lines.add(
        "**Chair of:** "
            + listOrNone(held.chairOf())
            + (held.configuredChair() ? " (and of every group, by the bot's configuration)" : ""));
    lines.add("**Kept to talk to you:** " + listOrNone(held.conversations()));
    lines.addAll(held.elsewhere());
    lines.add(texts.get("governance.my-data.audit", held.auditEntries()));
    return List.of(
        Reply.text(
            "Here is what I hold about you:\n\n- "
                + String.join("\n- ", lines)
                + "\n\nType `forget me` to remove your identity from all of it."));
  }

  private static String listOrNone(List<String> items) {
    return items.isEmpty() ? "none" : String.join(", ", items);
  }
}
