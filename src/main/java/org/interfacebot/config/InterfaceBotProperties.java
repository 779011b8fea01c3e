package org.interfacebot.config;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The bot's typed settings. Secrets come only from the environment (see application.yml for the
 * variable names Azure uses).
 */
@ConfigurationProperties("interface-bot")
public record InterfaceBotProperties(Bot bot, GroupDefaults groups) {

  public InterfaceBotProperties {
    SettingChecks.present("interface-bot.bot", bot);
    SettingChecks.present("interface-bot.groups", groups);
  }

  /** The Azure Bot registration. With no app id the bot runs in local mode, without auth. */
  public record Bot(
      @DefaultValue("") String appId,
      @DefaultValue("") String appPassword,
      @DefaultValue("MultiTenant") String appType,
      @DefaultValue("") String tenantId,
      @DefaultValue("") String openIdMetadata,
      @DefaultValue("") java.util.List<String> allowedTenants) {

    public boolean localMode() {
      return appId == null || appId.isBlank();
    }
  }

  /**
   * Defaults a new group starts with; the chairs who can run every group from the start (Entra
   * object ids); and the operational groups a chair can refer an issue to.
   */
  public record GroupDefaults(
      @DefaultValue("7") int voteDays,
      @DefaultValue("3") int quorum,
      @DefaultValue("") List<String> chairs,
      @DefaultValue({
            "Prescribing Management Group",
            "Clinical Management Group",
            "eHealth and IT",
            "Unscheduled Care Group",
            "Laboratory Services"
          })
          List<String> operationalGroups) {

    public GroupDefaults {
      SettingChecks.between("interface-bot.groups.vote-days", voteDays, 1, 90);
      SettingChecks.between("interface-bot.groups.quorum", quorum, 1, 100);
      chairs = chairs == null ? List.of() : chairs.stream().filter(c -> !c.isBlank()).toList();
      operationalGroups = operationalGroups == null ? List.of() : List.copyOf(operationalGroups);
    }
  }
}
