package org.interfacebot.teams;

import com.microsoft.bot.integration.Configuration;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import org.interfacebot.config.InterfaceBotProperties;
import org.springframework.core.env.Environment;

/**
 * The SDK's configuration, read from Spring's {@link Environment} so that profiles, environment
 * variables and the typed settings all apply (the SDK's own reads only application.properties).
 */
class SpringEnvironmentConfiguration implements Configuration {

  private final Environment environment;
  private final Map<String, String> sdkKeys;

  SpringEnvironmentConfiguration(Environment environment, InterfaceBotProperties properties) {
    this.environment = environment;
    var bot = properties.bot();
    this.sdkKeys =
        Map.of(
            "MicrosoftAppId", bot.appId(),
            "MicrosoftAppPassword", bot.appPassword(),
            "MicrosoftAppType", bot.appType(),
            "MicrosoftAppTenantId", bot.tenantId(),
            "BotOpenIdMetadata", bot.openIdMetadata());
  }

  @Override
  public String getProperty(String key) {
    String typed = sdkKeys.get(key);
    return typed != null ? typed : environment.getProperty(key);
  }

  @Override
  public Properties getProperties() {
    var properties = new Properties();
    sdkKeys.forEach(properties::setProperty);
    return properties;
  }

  @Override
  public String[] getProperties(String key) {
    String value = getProperty(key);
    return value == null
        ? null
        : Arrays.stream(value.split(",")).map(String::strip).toArray(String[]::new);
  }
}
