package org.interfacebot.groups;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An Interface Group: the Teams team the bot is installed in. */
@Entity
@Table(name = "interface_group")
final class Group {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "team_id", nullable = false, unique = true)
  private String teamId;

  @Column(name = "tenant_id")
  private String tenantId;

  @Column(nullable = false)
  private String name;

  @Column(name = "installed_at", nullable = false)
  private Instant installedAt;

  @Column(name = "vote_days", nullable = false)
  private int voteDays;

  @Column(nullable = false)
  private int quorum;

  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  @Column(name = "results_visibility", nullable = false)
  private ResultsVisibility resultsVisibility;

  @Column(name = "anonymous_voting", nullable = false)
  private boolean anonymousVoting;

  /** A network's team: it receives the group's minutes but is not an Interface Group itself. */
  @Column(nullable = false)
  private boolean network;

  /** When the bot was removed from the team; null while it is in it. */
  @Column(name = "removed_at")
  private Instant removedAt;

  @Column(name = "digest_on", nullable = false)
  private boolean digestOn;

  @Column(name = "digest_day", nullable = false, length = 10)
  private String digestDay;

  @Column(name = "digest_time", nullable = false, length = 5)
  private String digestTime;

  protected Group() {}

  Group(String teamId, String tenantId, String name, Instant installedAt, GroupSettings settings) {
    this.teamId = teamId;
    this.tenantId = tenantId;
    this.name = name;
    this.installedAt = installedAt;
    change(settings);
    changeDigest(DigestSetting.DEFAULT);
  }

  DigestSetting digest() {
    return new DigestSetting(
        digestOn, java.time.DayOfWeek.valueOf(digestDay), java.time.LocalTime.parse(digestTime));
  }

  void changeDigest(DigestSetting digest) {
    this.digestOn = digest.on();
    this.digestDay = digest.day().name();
    this.digestTime = digest.time().toString();
  }

  DigestPlan digestPlan() {
    return new DigestPlan(info(), digest(), installedAt);
  }

  void becomeNetwork() {
    this.network = true;
  }

  boolean isNetwork() {
    return network;
  }

  GroupSettings settings() {
    return new GroupSettings(voteDays, quorum, resultsVisibility, anonymousVoting);
  }

  void change(GroupSettings settings) {
    this.voteDays = settings.voteDays();
    this.quorum = settings.quorum();
    this.resultsVisibility = settings.resultsVisibility();
    this.anonymousVoting = settings.anonymousVoting();
  }

  void removed(Instant when) {
    if (removedAt == null) {
      this.removedAt = when;
    }
  }

  /** True when the bot had been removed from the team and is back. */
  boolean back() {
    boolean wasRemoved = removedAt != null;
    this.removedAt = null;
    return wasRemoved;
  }

  boolean isInstalled() {
    return removedAt == null;
  }

  void rename(String newName) {
    this.name = newName;
  }

  GroupInfo info() {
    return new GroupInfo(id, teamId, tenantId, name);
  }
}
