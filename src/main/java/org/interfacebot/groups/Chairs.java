package org.interfacebot.groups;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.interfacebot.audit.Actor;
import org.interfacebot.audit.AuditAction;
import org.interfacebot.audit.AuditTrail;
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
  private final AuditTrail audit;
  private final Clock clock;

  Chairs(ChairRepository chairs, InterfaceBotProperties properties, AuditTrail audit, Clock clock) {
    this.chairs = chairs;
    this.audit = audit;
    this.bootstrap = properties.groups().chairs();
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public boolean isChair(long groupId, String personKey) {
    return bootstrap.contains(personKey) || chairs.existsByGroupIdAndPersonKey(groupId, personKey);
  }

  /** Appoints the first chair, who installed the bot; false when they already are one. */
  @Transactional
  public boolean add(long groupId, Person person) {
    return add(groupId, person, Actor.bot());
  }

  /** A chair appoints another; false when they already are one. */
  @Transactional
  public boolean add(long groupId, Person person, Person by) {
    return add(groupId, person, Actor.person(by));
  }

  private boolean add(long groupId, Person person, Actor by) {
    if (isChair(groupId, person.key())) {
      return false;
    }
    chairs.save(new Chair(groupId, person.key(), person.name(), clock.instant()));
    audit.record(groupId, null, AuditAction.CHAIR_ADDED, by, Actor.person(person), null);
    return true;
  }

  /**
   * Removes an appointed chair; bootstrap chairs are changed in configuration only. The group's
   * last chair stays: only a chair can appoint one, so a group without any could never have one
   * again. The chairs are locked first, so that two chairs removing each other cannot both go.
   */
  @Transactional
  public Removal remove(long groupId, Person person, Person by) {
    if (bootstrap.contains(person.key())) {
      return Removal.CONFIGURED;
    }
    var appointed = chairs.lockByGroupId(groupId);
    if (appointed.stream().noneMatch(c -> c.personKey().equals(person.key()))) {
      return Removal.NOT_A_CHAIR;
    }
    if (appointed.size() == 1 && bootstrap.isEmpty()) {
      return Removal.LAST_CHAIR;
    }
    chairs.deleteByGroupIdAndPersonKey(groupId, person.key());
    audit.record(
        groupId, null, AuditAction.CHAIR_REMOVED, Actor.person(by), Actor.person(person), null);
    return Removal.REMOVED;
  }

  /**
   * Someone Teams says has left the group's team no longer chairs it: their appointment goes, with
   * an audit entry (configured chairs change in configuration only). True when they chaired it.
   */
  @Transactional
  public boolean leftTeam(long groupId, Person person) {
    if (chairs.deleteByGroupIdAndPersonKey(groupId, person.key()) == 0) {
      return false;
    }
    audit.record(groupId, null, AuditAction.CHAIR_REMOVED, Actor.bot(), Actor.person(person), null);
    return true;
  }

  public enum Removal {
    REMOVED,
    NOT_A_CHAIR,
    CONFIGURED,
    LAST_CHAIR
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

  /** Keys of every chair of the group, appointed and configured, e.g. to tell them in 1:1. */
  @Transactional(readOnly = true)
  public List<String> keys(long groupId) {
    var keys = new java.util.LinkedHashSet<>(appointedKeys(groupId));
    keys.addAll(bootstrap);
    return List.copyOf(keys);
  }

  /** Keys of the appointed chairs, e.g. to tell them something in 1:1. */
  @Transactional(readOnly = true)
  public List<String> appointedKeys(long groupId) {
    return chairs.findByGroupIdOrderByAddedAt(groupId).stream().map(Chair::personKey).toList();
  }
}
