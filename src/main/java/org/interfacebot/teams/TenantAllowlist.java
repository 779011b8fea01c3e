package org.interfacebot.teams;

import java.util.Set;
import java.util.stream.Collectors;
import org.interfacebot.config.InterfaceBotProperties;

/**
 * The Entra tenants whose people may use the bot: {@code interface-bot.bot.allowed-tenants}, or
 * else the bot's own tenant when one is configured, or else any tenant.
 */
final class TenantAllowlist {

  private final Set<String> allowed;

  private TenantAllowlist(Set<String> allowed) {
    this.allowed = allowed;
  }

  static TenantAllowlist of(InterfaceBotProperties.Bot bot) {
    Set<String> listed =
        bot.allowedTenants() == null
            ? Set.of()
            : bot.allowedTenants().stream()
                .map(String::strip)
                .filter(t -> !t.isEmpty())
                .map(TenantAllowlist::normal)
                .collect(Collectors.toUnmodifiableSet());
    if (listed.isEmpty() && bot.tenantId() != null && !bot.tenantId().isBlank()) {
      listed = Set.of(normal(bot.tenantId().strip()));
    }
    return new TenantAllowlist(listed);
  }

  boolean anyTenant() {
    return allowed.isEmpty();
  }

  boolean allows(String tenantId) {
    return anyTenant() || (tenantId != null && allowed.contains(normal(tenantId)));
  }

  private static String normal(String tenantId) {
    return tenantId.toLowerCase(java.util.Locale.ROOT);
  }

  /** A tenant id fit for a log line: an attacker chooses it, so no line breaks or long text. */
  static String forLog(String tenantId) {
    if (tenantId == null) {
      return "(none)";
    }
    String safe = tenantId.replaceAll("[^A-Za-z0-9._-]", "?");
    return safe.length() > 64 ? safe.substring(0, 64) + "..." : safe;
  }
}
