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
class Group {

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

  protected Group() {}

  Group(String teamId, String tenantId, String name, Instant installedAt, GroupSettings settings) {
    this.teamId = teamId;
    this.tenantId = tenantId;
    this.name = name;
    this.installedAt = installedAt;
    change(settings);
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

  void rename(String newName) {
    this.name = newName;
  }

  GroupInfo info() {
    return new GroupInfo(id, teamId, tenantId, name);
  }
}
