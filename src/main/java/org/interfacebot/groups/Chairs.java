package org.interfacebot.groups;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.interfacebot.chat.Person;
import org.interfacebot.config.InterfaceBotProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who chairs a group: the bootstrap chairs from configuration (by Entra object id, for every group)
 * and those appointed with {@code chair add}.
 */
@Service
public class Chairs {

  private final ChairRepository chairs;
  private final List<String> bootstrap;
  private final Clock clock;

  Chairs(ChairRepository chairs, InterfaceBotProperties properties, Clock clock) {
    this.chairs = chairs;
    this.bootstrap = properties.groups().chairs();
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public boolean isChair(long groupId, String personKey) {
    return bootstrap.contains(personKey) || chairs.existsByGroupIdAndPersonKey(groupId, personKey);
  }

  /** Appoints a chair; false when they already are one. */
  @Transactional
  public boolean add(long groupId, Person person) {
    if (isChair(groupId, person.key())) {
      return false;
    }
    chairs.save(new Chair(groupId, person.key(), person.name(), clock.instant()));
    return true;
  }

  /** Removes an appointed chair; bootstrap chairs are changed in configuration only. */
  @Transactional
  public Removal remove(long groupId, Person person) {
    if (bootstrap.contains(person.key())) {
      return Removal.CONFIGURED;
    }
    return chairs.deleteByGroupIdAndPersonKey(groupId, person.key()) > 0
        ? Removal.REMOVED
        : Removal.NOT_A_CHAIR;
  }

  public enum Removal {
    REMOVED,
    NOT_A_CHAIR,
    CONFIGURED
  }

  /** The names of the group's chairs, appointed ones first, then how many are configured. */
  @Transactional(readOnly = true)
  public List<String> names(long groupId) {
    var names = new ArrayList<String>();
    chairs.findByGroupIdOrderByAddedAt(groupId).forEach(c -> names.add(c.name()));
    return names;
  }

  /** The groups the person was appointed to chair. */
  @Transactional(readOnly = true)
  public List<Long> chairedBy(String personKey) {
    return chairs.findByPersonKey(personKey).stream().map(Chair::groupId).toList();
  }

  /** Whether the person chairs every group by configuration (which only configuration changes). */
  public boolean configured(String personKey) {
    return bootstrap.contains(personKey);
  }

  /** Removes the person's appointments as chair; returns the groups they chaired. */
  @Transactional
  public List<Long> forget(String personKey) {
    var appointed = chairs.findByPersonKey(personKey);
    chairs.deleteAll(appointed);
    return appointed.stream().map(Chair::groupId).toList();
  }

  public int configuredCount() {
    return bootstrap.size();
  }

  /** Keys of the appointed chairs, e.g. to tell them something in 1:1. */
  @Transactional(readOnly = true)
  public List<String> appointedKeys(long groupId) {
    return chairs.findByGroupIdOrderByAddedAt(groupId).stream().map(Chair::personKey).toList();
  }
}
