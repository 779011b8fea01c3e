package org.interfacebot.groups;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.interfacebot.chat.Place;
import org.interfacebot.chat.Texts;
import org.interfacebot.config.InterfaceBotProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Registers the teams the bot is installed in as Interface Groups, and finds them. */
@Service
public class Groups {

  private static final int MOST_NAME = 255;

  private final GroupRepository groups;
  private final Clock clock;
  private final InterfaceBotProperties.GroupDefaults defaults;
  private final Texts texts;
  private final ApplicationEventPublisher events;

  Groups(
      GroupRepository groups,
      Clock clock,
      InterfaceBotProperties properties,
      Texts texts,
      ApplicationEventPublisher events) {
    this.texts = texts;
    this.events = events;
    this.groups = groups;
    this.clock = clock;
    this.defaults = properties.groups();
  }

  /**
   * Locks the group's row until the transaction ends: a change that must see another made at the
   * same moment in the same group (two chairs setting a meeting for the same day, a meeting set as
   * an issue of its theme is accepted) waits for it to commit. Called inside the change's
   * transaction, before it reads what it would change.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void takeTurns(long groupId) {
    groups.lock(groupId);
  }

  @Transactional(readOnly = true)
  public GroupSettings settings(long groupId) {
    return groups.findById(groupId).orElseThrow().settings();
  }

  @Transactional
  public GroupSettings changeSettings(
      long groupId, java.util.function.UnaryOperator<GroupSettings> change) {
    Group group = groups.findById(groupId).orElseThrow();
    var before = group.settings().resultsVisibility();
    group.change(change.apply(group.settings()));
    if (group.settings().resultsVisibility() != before) {
      events.publishEvent(new ResultsVisibilityChanged(groupId));
    }
    return group.settings();
  }

  @Transactional(readOnly = true)
  public DigestSetting digest(long groupId) {
    return groups.findById(groupId).orElseThrow().digest();
  }

  @Transactional
  public DigestSetting changeDigest(long groupId, DigestSetting digest) {
    Group group = groups.findById(groupId).orElseThrow();
    group.changeDigest(digest);
    return group.digest();
  }

  /**
   * Every Interface Group (not networks) with its weekly digest setting, but those whose team the
   * bot was removed from: Teams would refuse the digest.
   */
  @Transactional(readOnly = true)
  public List<DigestPlan> digestPlans() {
    return groups.findByNetworkFalseOrderByInstalledAtDesc().stream()
        .filter(Group::isInstalled)
        .map(Group::digestPlan)
        .toList();
  }

  /** Registers the team as a group, or renames it when it is already one. Idempotent. */
  @Transactional
  public Registration register(String teamId, String tenantId, String name) {
    String shownName =
        name == null || name.isBlank() ? texts.get("groups.default-name") : fitted(name);
    var existing = groups.findByTeamId(teamId);
    if (existing.isPresent()) {
      if (name != null && !name.isBlank()) {
        existing.get().rename(shownName);
      }
      boolean back = existing.get().back();
      return new Registration(existing.get().info(), false, back);
    }
    var settings =
        new GroupSettings(
            defaults.voteDays(), defaults.quorum(), ResultsVisibility.AFTER_VOTING, false);
    Group created = groups.save(new Group(teamId, tenantId, shownName, clock.instant(), settings));
    return new Registration(created.info(), true, false);
  }

  /**
   * The team was renamed in Teams: the group (or network) is called by its new name from now on. A
   * team the bot is not in, or an event without a name, changes nothing.
   */
  @Transactional
  public void rename(String teamId, String name) {
    if (teamId != null && name != null && !name.isBlank()) {
      groups.findByTeamId(teamId).ifPresent(g -> g.rename(fitted(name)));
    }
  }

  /** Teams allows team names of 256 characters; the group's name column holds 255. */
  private static String fitted(String name) {
    String stripped = name.strip();
    return stripped.length() <= MOST_NAME
        ? stripped
        : stripped.substring(0, MOST_NAME - 1).strip() + "\u2026";
  }

  /**
   * The bot was removed from the team (uninstalled, or the team deleted or archived): its group is
   * kept, with its issues, but no longer offered to raise issues with until the bot is back ({@link
   * #register}, or {@link #back} when the team is restored).
   */
  @Transactional
  public void removed(String teamId) {
    groups.findByTeamId(teamId).ifPresent(g -> g.removed(clock.instant()));
  }

  /** The team was restored or unarchived: the bot, which stayed in it, is back. */
  @Transactional
  public void back(String teamId) {
    groups.findByTeamId(teamId).ifPresent(Group::back);
  }

  /**
   * The groups a clinician in this tenant can raise an issue with now: those of {@link #forTenant}
   * whose team the bot is still in.
   */
  @Transactional(readOnly = true)
  public List<GroupInfo> raisingTo(String tenantId) {
    return found(tenantId).stream().filter(Group::isInstalled).map(Group::info).toList();
  }

  /** Marks a team as a network's team: it stops counting as an Interface Group. */
  @Transactional
  public void markAsNetwork(String teamId) {
    groups.findByTeamId(teamId).ifPresent(Group::becomeNetwork);
  }

  @Transactional(readOnly = true)
  public Optional<GroupInfo> byTeam(String teamId) {
    return teamId == null ? Optional.empty() : groups.findByTeamId(teamId).map(Group::info);
  }

  @Transactional(readOnly = true)
  public Optional<GroupInfo> byId(long id) {
    return groups.findById(id).map(Group::info);
  }

  /**
   * The one group a command is about: in a team, that team's group (none in a network's team, which
   * only gets a group's minutes); in a 1:1 chat, the tenant's group when there is exactly one.
   */
  @Transactional(readOnly = true)
  public Optional<GroupInfo> of(Place place) {
    if (place.teamId() != null) {
      return groups.findByTeamId(place.teamId()).filter(g -> !g.isNetwork()).map(Group::info);
    }
    var all = forTenant(place.tenantId());
    return all.size() == 1 ? Optional.of(all.get(0)) : Optional.empty();
  }

  /**
   * The groups whose issues can be looked up from a place: in a team, that team's group; elsewhere,
   * the groups of the person's tenant.
   */
  @Transactional(readOnly = true)
  public List<Long> visibleFrom(Place place) {
    if (place.teamId() != null) {
      return byTeam(place.teamId()).map(g -> List.of(g.id())).orElse(List.of());
    }
    return forTenant(place.tenantId()).stream().map(GroupInfo::id).toList();
  }

  /**
   * The groups a clinician in this tenant can raise issues with, most recently installed first. A
   * missing tenant (local try-out) sees every group.
   */
  @Transactional(readOnly = true)
  public List<GroupInfo> forTenant(String tenantId) {
    return found(tenantId).stream().map(Group::info).toList();
  }

  private List<Group> found(String tenantId) {
    return tenantId == null || tenantId.isBlank()
        ? groups.findByNetworkFalseOrderByInstalledAtDesc()
        : groups.findByTenantIdAndNetworkFalseOrderByInstalledAtDesc(tenantId);
  }
}
