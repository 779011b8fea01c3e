package org.interfacebot.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.interfacebot.InterfaceBotApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The production profile never runs unauthenticated: it stops with a message saying what to set.
 */
@ExtendWith(OutputCaptureExtension.class)
class ProductionProfileIT {

  private static SpringApplicationBuilder production(String appId, String password, String tenant) {
    return new SpringApplicationBuilder(InterfaceBotApplication.class)
        .profiles("production")
        .properties(
            "server.port=0",
            "spring.datasource.url=jdbc:h2:mem:production;DB_CLOSE_DELAY=-1",
            // What an Azure App Service sets: the environment variables application.yml reads.
            "MicrosoftAppId=" + appId,
            "MicrosoftAppPassword=" + password,
            "MicrosoftAppTenantId=" + tenant);
  }

  @Test
  void withoutCredentialsItRefusesToStartAndSaysWhatToSet(CapturedOutput output) {
    assertThatThrownBy(() -> production("", "", "").run())
        .isInstanceOf(ProductionCredentials.Missing.class);

    assertThat(output)
        .contains("APPLICATION FAILED TO START")
        .contains("'production' profile but these settings are empty")
        .contains("MicrosoftAppId, MicrosoftAppPassword, MicrosoftAppTenantId");
  }

  @Test
  void aMissingTenantAloneStopsIt(CapturedOutput output) {
    assertThatThrownBy(() -> production("app-id", "pw-Zx81-never-logged", " ").run())
        .isInstanceOf(ProductionCredentials.Missing.class)
        .hasMessage("The production profile needs MicrosoftAppTenantId");

    assertThat(output).doesNotContain("pw-Zx81-never-logged");
  }

  @Test
  void withCredentialsButTheLocalOnlySecretsItRefusesToStartAndSaysWhatToSet(
      CapturedOutput output) {
    assertThatThrownBy(() -> production("app-id", "pw-Zx81-never-logged", "tenant").run())
        .isInstanceOf(DeploymentSecrets.LocalOnly.class);

    assertThat(output)
        .contains("APPLICATION FAILED TO START")
        .contains(
            "TRIAGE_VOTER_SECRET and INSIGHTS_LINK_SECRET are left empty or at the local-only")
        .doesNotContain("pw-Zx81-never-logged");
  }

  @Test
  void aMissingPasswordAloneStopsIt() {
    assertThatThrownBy(() -> production("app-id", "", "tenant").run())
        .hasMessage("The production profile needs MicrosoftAppPassword");
  }
}
