package org.interfacebot.config;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class SettingChecksTest {

  @Test
  void aSettingOutOfRangeStopsStartUpNamingTheSettingTheRuleAndTheValue() {
    var source =
        new MapConfigurationPropertySource(
            java.util.Map.of(
                "interface-bot.bot.app-id", "",
                "interface-bot.groups.vote-days", "0"));

    assertThatThrownBy(() -> new Binder(source).bind("interface-bot", InterfaceBotProperties.class))
        .isInstanceOf(BindException.class)
        .rootCause()
        .hasMessage("interface-bot.groups.vote-days must be between 1 and 90, not 0");
  }

  @Test
  void eachCheckRefusesWhatItShould() {
    assertThatThrownBy(() -> new InterfaceBotProperties.GroupDefaults(7, 101, List.of(), List.of()))
        .hasMessage("interface-bot.groups.quorum must be between 1 and 100, not 101");
    assertThatThrownBy(() -> SettingChecks.atLeast("secret", "too-short", 16))
        .hasMessage("secret must be at least 16 characters long");
    assertThatThrownBy(
            () ->
                SettingChecks.between(
                    "link", Duration.ofHours(2), Duration.ofMinutes(1), Duration.ofHours(1)))
        .hasMessage("link must be between PT1M and PT1H, not PT2H");
    assertThatThrownBy(() -> SettingChecks.notBlank("public-url", " "))
        .hasMessage("public-url must be set");
    assertThatThrownBy(() -> SettingChecks.present("interface-bot.bot", null))
        .hasMessage("interface-bot.bot must be set");
  }
}
