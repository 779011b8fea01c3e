package org.interfacebot.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The Teams app package that {@code ./mvnw package} builds: what an admin uploads. Failsafe runs
 * after the package phase and passes the ids the build used.
 */
class TeamsAppPackageIT {

  private static final Path PACKAGE = Path.of("target", "interface-bot-teams-app.zip");
  private static final String GUID = "[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}";

  @Test
  void holdsTheManifestAndIconsAtItsRoot() throws IOException {
    try (var zip = new ZipFile(PACKAGE.toFile())) {
      var names = Collections.list(zip.entries()).stream().map(e -> e.getName()).toList();

      assertThat(names).containsExactlyInAnyOrder("manifest.json", "color.png", "outline.png");
    }
  }

  @Test
  void theManifestCarriesTheConfiguredIds() throws IOException {
    JsonNode manifest;
    try (var zip = new ZipFile(PACKAGE.toFile())) {
      manifest = new ObjectMapper().readTree(zip.getInputStream(zip.getEntry("manifest.json")));
    }
    String botId = System.getProperty("teams.bot.id", "00000000-0000-0000-0000-000000000b07");
    String appId = System.getProperty("teams.app.id", botId);

    assertThat(botId).matches(GUID);
    assertThat(manifest.path("id").asText()).isEqualTo(appId).matches(GUID);
    assertThat(manifest.path("bots").path(0).path("botId").asText()).isEqualTo(botId);
    assertThat(manifest.toString()).doesNotContain("${");
  }
}
