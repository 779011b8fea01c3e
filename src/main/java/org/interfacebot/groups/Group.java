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

  protected Group() {}

  Group(String teamId, String tenantId, String name, Instant installedAt) {
    this.teamId = teamId;
    this.tenantId = tenantId;
    this.name = name;
    this.installedAt = installedAt;
  }

  void rename(String newName) {
    this.name = newName;
  }

  GroupInfo info() {
    return new GroupInfo(id, teamId, tenantId, name);
  }
}
