package org.interfacebot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.interfacebot.config.InterfaceBotProperties;
import org.junit.jupiter.api.Test;

class TenantAllowlistTest {

  private static InterfaceBotProperties.Bot bot(String tenantId, List<String> allowed) {
    return new InterfaceBotProperties.Bot("app", "secret", "SingleTenant", tenantId, "", allowed);
  }

  @Test
  void theListedTenantsAreAllowedAndNoOthers() {
    var allowlist = TenantAllowlist.of(bot("own", List.of("board-a", " Board-B ", "")));

    assertThat(allowlist.allows("board-a")).isTrue();
    assertThat(allowlist.allows("BOARD-B")).isTrue();
    assertThat(allowlist.allows("own")).isFalse();
    assertThat(allowlist.allows(null)).isFalse();
  }

  @Test
  void withoutAListOnlyTheBotsOwnTenantIsAllowed() {
    var allowlist = TenantAllowlist.of(bot("own", List.of()));

    assertThat(allowlist.allows("own")).isTrue();
    assertThat(allowlist.allows("other")).isFalse();
    assertThat(allowlist.allows(null)).isFalse();
  }

  @Test
  void withNeitherAnyTenantIsAllowed() {
    var allowlist = TenantAllowlist.of(bot("", List.of()));

    assertThat(allowlist.anyTenant()).isTrue();
    assertThat(allowlist.allows("whoever")).isTrue();
    assertThat(allowlist.allows(null)).isTrue();
  }

  @Test
  void aTenantIdIsLoggedWithoutLineBreaksOrLengthyText() {
    assertThat(TenantAllowlist.forLog("abc\nFAKE LOG LINE")).isEqualTo("abc?FAKE?LOG?LINE");
    assertThat(TenantAllowlist.forLog("x".repeat(500))).hasSize(67);
    assertThat(TenantAllowlist.forLog(null)).isEqualTo("(none)");
  }
}
