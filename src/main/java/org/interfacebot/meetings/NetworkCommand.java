package org.interfacebot.meetings;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.interfacebot.chat.ChatCommand;
import org.interfacebot.chat.Reply;
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

  NetworkCommand(
      Networks networks, ChairGate gate, PatientIdentifierGuard guard, GroupReplies replies) {
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
    return "networks";
  }

  @Override
  public String summary() {
    return "the networks that get the group's minutes; a chair says `network add <name>` in a network's channel";
  }

  @Override
  public Set<Where> where() {
    return Set.of(Where.CHANNEL, Where.PERSONAL);
  }

  @Override
  public List<Reply> handle(Turn turn) {
    String rest = turn.rest();
    if (turn.firstWord().equals("network")
        && rest.toLowerCase(java.util.Locale.ROOT).startsWith("add")) {
      return List.of(Reply.text(add(turn, rest.substring(3).strip())));
    }
    var group = gate.group(turn);
    if (group.refusal() != null) {
      return List.of(Reply.text(group.refusal()));
    }
    var all = networks.of(group.group().id());
    if (all.isEmpty()) {
      return List.of(
          Reply.text(
              "No networks yet. A chair adds one by mentioning me in that network's channel: `network add GP subgroup`."));
    }
    return List.of(
        Reply.text(
            "The minutes of %s go to: %s."
                .formatted(
                    group.group().name(),
                    all.stream().map(Network::name).collect(Collectors.joining(", ")))));
  }

  private String add(Turn turn, String name) {
    if (turn.place().teamId() == null) {
      return "Say `network add <name>` in the network's own team channel, where I'm installed.";
    }
    if (name.isBlank() || name.length() > 200) {
      return "Please name the network (up to 200 characters): `network add GP subgroup`.";
    }
    if (!guard.check(name).clean()) {
      return guard.check(name).explanation("network name");
    }
    var chaired = networks.chairedBy(turn.from(), turn.place().tenantId(), turn.place().teamId());
    if (chaired.isEmpty()) {
      return replies.notAChair("meetings.what.add-network");
    }
    if (chaired.size() > 1) {
      return "You chair more than one Interface Group; ask a chair of just one of them to add this network.";
    }
    networks.register(chaired.get(0), turn.place().teamId(), name);
    return "This channel is now the %s network: it will get the minutes of %s."
        .formatted(name, chaired.get(0).name());
  }
}
