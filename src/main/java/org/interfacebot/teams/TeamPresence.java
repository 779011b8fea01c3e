package org.interfacebot.teams;

import java.util.List;
import org.interfacebot.chat.Person;
import org.interfacebot.chat.Place;
import org.interfacebot.groups.Groups;
import org.interfacebot.groups.Members;
import org.springframework.stereotype.Component;

/** Keeps a group's members current from what Teams shows: who posts, who is added or removed. */
@Component
class TeamPresence {

  private final Groups groups;
  private final Members members;

  TeamPresence(Groups groups, Members members) {
    this.groups = groups;
    this.members = members;
  }

  void spoke(Place place, Person person) {
    groups.byTeam(place.teamId()).ifPresent(g -> members.seen(g.id(), person));
  }

  void added(Place place, List<Person> people) {
    groups.byTeam(place.teamId()).ifPresent(g -> people.forEach(p -> members.seen(g.id(), p)));
  }

  void removed(Place place, List<Person> people) {
    groups.byTeam(place.teamId()).ifPresent(g -> people.forEach(p -> members.left(g.id(), p)));
  }
}
