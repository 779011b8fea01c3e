package org.interfacebot.issues;

import java.util.List;
import java.util.Optional;
import org.interfacebot.chat.Turn;
import org.interfacebot.groups.GroupInfo;

/** The group a clinician raising an issue chooses, pressed on the card or typed. */
final class GroupChoice {

  private GroupChoice() {}

  /**
   * A button sends the group's id. Typed, a number is the group's place in the list, as for every
   * other question (the list is newest first, so "1" read as an id would be another group), and
   * anything else its name.
   */
  static Optional<GroupInfo> read(Turn turn, List<GroupInfo> groups, String text) {
    if (turn.text().isBlank()) {
      return groups.stream().filter(g -> String.valueOf(g.id()).equals(text)).findFirst();
    }
    if (text.matches("\\d{1,2}")) {
      int place = Integer.parseInt(text);
      return place >= 1 && place <= groups.size()
          ? Optional.of(groups.get(place - 1))
          : Optional.empty();
    }
    return groups.stream().filter(g -> g.name().equalsIgnoreCase(text)).findFirst();
  }
}
