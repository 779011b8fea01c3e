package org.interfacebot.teams;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * In the {@code production} profile the bot must authenticate every request and act for one tenant:
 * without app id, password and tenant it stops before it opens a port or a database.
 */
@Component
@Profile("production")
class ProductionCredentials
    implements BeanFactoryPostProcessor, EnvironmentAware, org.springframework.core.Ordered {

  /** Before {@link DeploymentSecrets}: missing credentials are the first thing to say. */
  @Override
  public int getOrder() {
    return HIGHEST_PRECEDENCE;
  }

  private Environment environment;

  @Override
  public void setEnvironment(Environment environment) {
    this.environment = environment;
  }

  @Override
  public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
    List<String> missing = new ArrayList<>();
    check("interface-bot.bot.app-id", "MicrosoftAppId", missing);
    check("interface-bot.bot.app-password", "MicrosoftAppPassword", missing);
    check("interface-bot.bot.tenant-id", "MicrosoftAppTenantId", missing);
    if (!missing.isEmpty()) {
      throw new Missing(missing);
    }
  }

  private void check(String property, String variable, List<String> missing) {
    String value = environment.getProperty(property);
    if (value == null || value.isBlank()) {
      missing.add(variable);
    }
  }

  /** Credentials the production profile needs were not given. */
  static final class Missing extends IllegalStateException {
    private final List<String> variables;

    Missing(List<String> variables) {
      super("The production profile needs " + String.join(", ", variables));
      this.variables = List.copyOf(variables);
    }
  }

  /** Says what to set, instead of a stack trace. */
  static final class Analyzer extends AbstractFailureAnalyzer<Missing> {
    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, Missing cause) {
      return new FailureAnalysis(
          "Interface Bot is running with the 'production' profile but these settings are empty: "
              + String.join(", ", cause.variables)
              + ". In production every request from Teams must be authenticated, which needs the"
              + " Azure Bot's app id, its client secret and your Entra tenant.",
          "Set the environment variables MicrosoftAppId, MicrosoftAppPassword and"
              + " MicrosoftAppTenantId (see the README, Deployment), or run without the"
              + " 'production' profile to try the bot locally.",
          cause);
    }
  }
}
