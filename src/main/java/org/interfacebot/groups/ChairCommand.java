package org.interfacebot.groups;

import java.util.List;
import java.util.Set;
import org.interfacebot.chat.ChatCommand;
import org.interfacebot.chat.Person;
import org.interfacebot.chat.Reply;
import org.interfacebot.chat.Turn;
import org.interfacebot.chat.Where;
import org.springframework.stereotype.Component;

/** {@code chair add @person}, {@code chair remove @person} (chairs only) and {@code chairs}. */
@Component
class ChairCommand implements ChatCommand {

  private final Groups groups;
  private final Chairs chairs;
  private final Members members;

  ChairCommand(Groups groups, Chairs chairs, Members members) {
    this.groups = groups;
    this.chairs = chairs;
    this.members = members;
  }

  @Override
  public List<String> words() {
    return List.of("chair", "chairs");
  }

  @Override
  public String usage() {
    return "chairs";
  }

  @Override
  public String summary() {
    return "who chairs the group; chairs can `chair add @person` and `chair remove @person`";
  }

  @Override
  public Set<Where> where() {
    return Set.of(Where.CHANNEL, Where.PERSONAL);
  }

  @Override
  public List<Reply> handle(Turn turn) {
    var group = groups.of(turn.place());
    if (group.isEmpty()) {
      return List.of(Reply.text(GroupReplies.WHICH_GROUP));
    }
    long groupId = group.get().id();
    String[] words = turn.rest().toLowerCase(java.util.Locale.ROOT).split("\\s+");
    String action = turn.firstWord().equals("chairs") ? "" : words[0];
    if (!action.equals("add") && !action.equals("remove")) {
      return List.of(Reply.text(list(groupId, group.get().name())));
    }
    if (!chairs.isChair(groupId, turn.from().key())) {
      return List.of(Reply.text(GroupReplies.notAChair("appoint or remove chairs")));
    }
    if (turn.mentioned().size() != 1) {
      return List.of(
          Reply.text("Mention the person, e.g. `chair %s @Dr Ann Law`.".formatted(action)));
    }
    Person named = resolve(groupId, turn.mentioned().get(0));
    String name = named.displayName();
    if (action.equals("add")) {
      return List.of(
          Reply.text(
              chairs.add(groupId, named, turn.from())
                  ? "%s is now a chair of %s.".formatted(name, group.get().name())
                  : "%s is already a chair.".formatted(name)));
    }
    return List.of(
        Reply.text(
            switch (chairs.remove(groupId, named, turn.from())) {
              case REMOVED -> "%s is no longer a chair of %s.".formatted(name, group.get().name());
              case NOT_A_CHAIR -> "%s is not a chair.".formatted(name);
              case CONFIGURED ->
                  "%s is a chair set in the bot's configuration; ask your Teams admin to change it."
                      .formatted(name);
            }));
  }

  /** A mention carries the Teams user id; the member record knows their Entra id. */
  private Person resolve(long groupId, Person mentioned) {
    return members.byTeamsId(groupId, mentioned.id()).orElse(mentioned);
  }

  private String list(long groupId, String groupName) {
    var names = chairs.names(groupId);
    int configured = chairs.configuredCount();
    if (names.isEmpty() && configured == 0) {
      return "%s has no chairs yet.".formatted(groupName);
    }
    String appointed = names.isEmpty() ? "" : String.join(", ", names);
    String extra =
        configured == 0
            ? ""
            : (appointed.isEmpty() ? "" : ", plus ")
                + "%d set in the bot's configuration".formatted(configured);
    return "Chairs of %s: %s%s.".formatted(groupName, appointed, extra);
  }
}
