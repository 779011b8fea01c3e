package org.interfacebot.teams;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Once the bot runs for real (an app id is set, so Teams' requests are authenticated), it refuses
 * to start with the secrets that stand in for anonymous voters and sign export links left empty or
 * at their local-only defaults, which anyone can read in the source: with those, anyone could sign
 * a link to a group's export or tell who voted how.
 */
@Component
class DeploymentSecrets implements BeanFactoryPostProcessor, EnvironmentAware {

  static final String LOCAL_ONLY = "local-only-";

  private Environment environment;

  @Override
  public void setEnvironment(Environment environment) {
    this.environment = environment;
  }

  @Override
  public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
    String appId = environment.getProperty("interface-bot.bot.app-id", "");
    if (appId.isBlank()) {
      return; // local mode, on one's own machine
    }
    List<String> unset = new ArrayList<>();
    check("interface-bot.triage.voter-secret", "TRIAGE_VOTER_SECRET", unset);
    check("interface-bot.insights.link-secret", "INSIGHTS_LINK_SECRET", unset);
    if (!unset.isEmpty()) {
      throw new LocalOnly(unset);
    }
  }

  private void check(String property, String variable, List<String> unset) {
    String value = environment.getProperty(property, "");
    if (value.isBlank() || value.startsWith(LOCAL_ONLY)) {
      unset.add(variable);
    }
  }

  /** A secret the bot needs once it runs for real was left at its local-only value. */
  static final class LocalOnly extends IllegalStateException {
    private final List<String> variables;

    LocalOnly(List<String> variables) {
      super("Set " + String.join(" and ", variables) + " before running with an app id");
      this.variables = List.copyOf(variables);
    }
  }

  /** Says what to set, instead of a stack trace. */
  static final class Analyzer extends AbstractFailureAnalyzer<LocalOnly> {
    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, LocalOnly cause) {
      boolean one = cause.variables.size() == 1;
      return new FailureAnalysis(
          "Interface Bot has an app id, so it runs for real, but "
              + String.join(" and ", cause.variables)
              + (one ? " is" : " are")
              + " left empty or at the local-only value that anyone can read in its source."
              + (one ? " With it" : " With them")
              + ", anyone could sign a link to a group's export or tell how anonymous"
              + " voters voted.",
          "Set "
              + String.join(" and ", cause.variables)
              + " to long random values of your own (for example `openssl rand -base64 32`),"
              + " kept like the app password (see the README, Deployment). Keep the voter secret"
              + " once set: changing it makes earlier anonymous votes look like other people's.",
          cause);
    }
  }
}
