package org.interfacebot.meetings;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.interfacebot.chat.ChatCommand;
import org.interfacebot.chat.Reply;
import org.interfacebot.chat.Texts;
import org.interfacebot.chat.Turn;
import org.interfacebot.chat.Where;
import org.interfacebot.groups.GroupReplies;
import org.interfacebot.privacy.PatientIdentifierGuard;
import org.springframework.stereotype.Component;

/**
 * {@code network add <name>}, said by a chair of the group in a network team's channel, makes that
 * channel receive the group's minutes; {@code networks} lists them.
 */
@Component
class NetworkCommand implements ChatCommand {

  private final Networks networks;
  private final ChairGate gate;
  private final PatientIdentifierGuard guard;
  private final GroupReplies replies;
  private final Texts texts;

  NetworkCommand(
      Networks networks,
      ChairGate gate,
      PatientIdentifierGuard guard,
      GroupReplies replies,
      Texts texts) {
    this.texts = texts;
    this.replies = replies;
    this.networks = networks;
    this.gate = gate;
    this.guard = guard;
  }

  @Override
  public List<String> words() {
    return List.of("network", "networks");
  }

  @Override
  public String usage() {
    return texts.get("meetings.networks.usage");
  }

  @Override
  public String summary() {
    return texts.get("meetings.networks.summary");
  }

  @Override
  public Set<Where> where() {
    return Set.of(Where.CHANNEL, Where.PERSONAL);
  }

  /** {@code network add <name>}, not {@code network of GPs is not told}. */
  @Override
  public boolean readsArgument(String argument) {
    return added(argument).isPresent();
  }

  /** The name after {@code add}, if the text is {@code add <name>} (the name may be missing). */
  private static java.util.Optional<String> added(String rest) {
    String[] words = rest.strip().split("\\s+", 2);
    return words[0].equalsIgnoreCase("add")
        ? java.util.Optional.of(words.length > 1 ? words[1].strip() : "")
        : java.util.Optional.empty();
  }

  @Override
  public List<Reply> handle(Turn turn) {
    var added = added(turn.rest());
    if (turn.firstWord().equals("network") && added.isPresent()) {
      return List.of(Reply.text(add(turn, added.get())));
    }
    var group = gate.group(turn);
    if (group.refusal() != null) {
      return List.of(Reply.text(group.refusal()));
    }
    var all = networks.of(group.group().id());
    if (all.isEmpty()) {
      return List.of(texts.reply("meetings.networks.none"));
    }
    return List.of(
        texts.reply(
            "meetings.networks.list",
            group.group().name(),
            all.stream().map(Network::name).collect(Collectors.joining(", "))));
  }

  private String add(Turn turn, String name) {
    if (turn.place().teamId() == null) {
      return texts.get("meetings.networks.in-channel");
    }
    if (name.isBlank() || name.length() > 200) {
      return texts.get("meetings.networks.name-it");
    }
    if (!guard.check(name).clean()) {
      return guard.check(name).explanation(texts.get("meetings.field.network-name"), texts);
    }
    var chaired = networks.chairedBy(turn.from(), turn.place().tenantId(), turn.place().teamId());
    if (chaired.isEmpty()) {
      return notHere(turn);
    }
    if (chaired.size() > 1) {
      return texts.get("meetings.networks.several-groups");
    }
    var working = networks.workingGroup(turn.place().teamId());
    if (working.isPresent()) {
      return texts.get("meetings.networks.a-group", working.get().name());
    }
    var already = networks.byTeam(turn.place().teamId());
    if (already.isPresent() && already.get().groupId() != chaired.get(0).id()) {
      // One group's network at a time: renaming it would not send it this group's minutes.
      return texts.get(
          "meetings.networks.anothers", already.get().name(), networks.groupName(already.get()));
    }
    networks.register(chaired.get(0), turn.place().teamId(), name);
    return texts.get("meetings.networks.added", name, chaired.get(0).name());
  }

  /**
   * Nobody else's group to add the network to: a chair of the group saying it in the group's own
   * channel (not a network's) is told where to say it; anyone else, that it is for chairs.
   */
  private String notHere(Turn turn) {
    if (networks.byTeam(turn.place().teamId()).isEmpty()) {
      var own = gate.chair(turn, "meetings.what.add-network");
      if (own.refusal() == null) {
        return texts.get("meetings.networks.own-channel", own.group().name());
      }
    }
    return replies.notAChair("meetings.what.add-network");
  }
}
