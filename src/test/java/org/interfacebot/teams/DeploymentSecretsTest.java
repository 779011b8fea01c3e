package org.interfacebot.teams;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class DeploymentSecretsTest {

  private static DeploymentSecrets check(MockEnvironment environment) {
    var check = new DeploymentSecrets();
    check.setEnvironment(environment);
    return check;
  }

  private static MockEnvironment defaults() {
    return new MockEnvironment()
        .withProperty("interface-bot.triage.voter-secret", "local-only-voter-secret")
        .withProperty("interface-bot.insights.link-secret", "local-only-link-secret");
  }

  @Test
  void inLocalModeTheLocalOnlySecretsAreFine() {
    var local = defaults().withProperty("interface-bot.bot.app-id", "");
    assertThatCode(() -> check(local).postProcessBeanFactory(null)).doesNotThrowAnyException();
  }

  @Test
  void withAnAppIdTheLocalOnlySecretsStopTheStart() {
    var real = defaults().withProperty("interface-bot.bot.app-id", "app");
    assertThatThrownBy(() -> check(real).postProcessBeanFactory(null))
        .isInstanceOf(DeploymentSecrets.LocalOnly.class)
        .hasMessage(
            "Set TRIAGE_VOTER_SECRET and INSIGHTS_LINK_SECRET before running with an app id");
  }

  @Test
  void withAnAppIdAnEmptyLinkSecretAloneStopsTheStart() {
    var real =
        defaults()
            .withProperty("interface-bot.bot.app-id", "app")
            .withProperty("interface-bot.triage.voter-secret", "a-voter-secret-of-our-own-8c1e")
            .withProperty("interface-bot.insights.link-secret", " ");
    assertThatThrownBy(() -> check(real).postProcessBeanFactory(null))
        .hasMessage("Set INSIGHTS_LINK_SECRET before running with an app id");
  }

  @Test
  void withAnAppIdAndSecretsOfItsOwnTheBotStarts() {
    var real =
        new MockEnvironment()
            .withProperty("interface-bot.bot.app-id", "app")
            .withProperty("interface-bot.triage.voter-secret", "a-voter-secret-of-our-own-8c1e")
            .withProperty("interface-bot.insights.link-secret", "a-link-secret-of-our-own-41d0");
    assertThatCode(() -> check(real).postProcessBeanFactory(null)).doesNotThrowAnyException();
  }
}
