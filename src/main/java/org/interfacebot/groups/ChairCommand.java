package org.interfacebot.groups;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.interfacebot.chat.ChatCommand;
import org.interfacebot.chat.Person;
import org.interfacebot.chat.Reply;
import org.interfacebot.chat.Texts;
import org.interfacebot.chat.Turn;
import org.interfacebot.chat.Where;
import org.springframework.stereotype.Component;

/** {@code chair add @person}, {@code chair remove @person} (chairs only) and {@code chairs}. */
@Component
class ChairCommand implements ChatCommand {

  private static final Set<String> CHANGES = Set.of("add", "remove");

  private final Groups groups;
  private final Chairs chairs;
  private final Membership membership;
  private final Texts texts;
  private final GroupReplies replies;

  ChairCommand(
      Groups groups, Chairs chairs, Membership membership, Texts texts, GroupReplies replies) {
    this.replies = replies;
    this.texts = texts;
    this.groups = groups;
    this.chairs = chairs;
    this.membership = membership;
  }

  @Override
  public List<String> words() {
    return List.of("chair", "chairs");
  }

  @Override
  public String usage() {
    return texts.get("groups.chairs.usage");
  }

  @Override
  public String summary() {
    return texts.get("groups.chairs.summary");
  }

  @Override
  public Set<Where> where() {
    return Set.of(Where.CHANNEL, Where.PERSONAL);
  }

  /** {@code chair add|remove} (the person is a mention, not text), not {@code chair of the …}. */
  @Override
  public boolean readsArgument(String argument) {
    return CHANGES.contains(action(argument));
  }

  private static String action(String rest) {
    return rest.strip().toLowerCase(java.util.Locale.ROOT).split("\\s+")[0];
  }

  @Override
  public List<Reply> handle(Turn turn) {
    var group = groups.of(turn.place());
    if (group.isEmpty()) {
      return List.of(Reply.text(replies.whichGroup()));
    }
    long groupId = group.get().id();
    String action = turn.firstWord().equals("chairs") ? "" : action(turn.rest());
    if (!CHANGES.contains(action)) {
      return List.of(Reply.text(list(groupId, group.get().name())));
    }
    if (!chairs.isChair(groupId, turn.from().key())) {
      return List.of(Reply.text(replies.notAChair("groups.what.appoint-chairs")));
    }
    if (turn.mentioned().size() != 1) {
      return List.of(texts.reply("groups.chair.mention", action));
    }
    var member = resolve(groupId, turn, turn.mentioned().get(0));
    String groupName = group.get().name();
    if (action.equals("add")) {
      // Not the team, a channel or a tag (Teams lets a channel message mention each), nor anyone
      // Teams does not list in the team: a chair no one can be would count against the last one.
      if (member.isEmpty()) {
        return List.of(texts.reply("groups.chair.not-in-team"));
      }
      Person named = member.get();
      return List.of(
          chairs.add(groupId, named, turn.from())
              ? texts.naming("groups.chair.added", named, groupName)
              : texts.naming("groups.chair.already", named));
    }
    Person named = member.orElse(turn.mentioned().get(0));
    return List.of(
        switch (chairs.remove(groupId, named, turn.from())) {
          case REMOVED -> texts.naming("groups.chair.removed", named, groupName);
          case NOT_A_CHAIR -> texts.naming("groups.chair.not-a-chair", named);
          case CONFIGURED -> texts.naming("groups.chair.configured", named);
          case LAST_CHAIR -> texts.naming("groups.chair.last", named, groupName);
        });
  }

  /**
   * A mention carries the Teams user id and name; the member record, or Teams for someone missing
   * from it, knows their Entra id (which they are known by when they speak), and their name unless
   * Teams never gave it. Empty when neither lists them in the team.
   */
  private Optional<Person> resolve(long groupId, Turn turn, Person mentioned) {
    return membership
        .mentioned(groupId, turn, mentioned)
        .map(m -> unnamed(m.name()) ? new Person(m.id(), m.aadObjectId(), mentioned.name()) : m);
  }

  private static boolean unnamed(String name) {
    return name == null || name.isBlank();
  }

  private String list(long groupId, String groupName) {
    var names = chairs.names(groupId);
    int configured = chairs.configuredCount();
    if (names.isEmpty() && configured == 0) {
      return texts.get("groups.chairs.none", groupName);
    }
    String appointed =
        String.join(
            ", ",
            names.stream().map(n -> unnamed(n) ? texts.get("groups.chairs.unnamed") : n).toList());
    if (configured == 0) {
      return texts.get("groups.chairs.list", groupName, appointed);
    }
    return names.isEmpty()
        ? texts.get("groups.chairs.configured-only", groupName, configured)
        : texts.get("groups.chairs.list-and-configured", groupName, appointed, configured);
  }
}
