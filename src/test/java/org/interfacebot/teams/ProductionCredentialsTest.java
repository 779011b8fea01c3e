package org.interfacebot.teams;

import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class ProductionCredentialsTest {

  @Test
  void withAppIdPasswordAndTenantItLetsTheBotStart() {
    var check = new ProductionCredentials();
    check.setEnvironment(
        new MockEnvironment()
            .withProperty("interface-bot.bot.app-id", "app")
            .withProperty("interface-bot.bot.app-password", "secret")
            .withProperty("interface-bot.bot.tenant-id", "tenant"));

    assertThatCode(() -> check.postProcessBeanFactory(null)).doesNotThrowAnyException();
  }
}
