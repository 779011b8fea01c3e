package org.interfacebot.config;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.jpa.autoconfigure.EntityManagerFactoryBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.data.repository.config.BootstrapMode;

/**
 * The modules' repositories ({@link DeferredQueryRepositories}), set up once the web server has
 * started (deferred), with Hibernate built on a task thread meanwhile, as Spring Boot does for
 * {@code spring.data.jpa.repositories.bootstrap-mode=deferred}: its own repository configuration
 * steps aside when the application declares one. About 6 % faster to ready on 2 cores
 * (docs/benchmarks.md, P4); the repositories are still set up before the bot reports ready.
 */
@Configuration(proxyBeanMethods = false)
@EnableJpaRepositories(
    basePackages = "org.interfacebot",
    bootstrapMode = BootstrapMode.DEFERRED,
    repositoryFactoryBeanClass = DeferredQueryRepositories.class)
class RepositoryConfiguration {

  @Bean
  EntityManagerFactoryBuilderCustomizer hibernateOnATaskThread(
      @Qualifier("applicationTaskExecutor") AsyncTaskExecutor executor) {
    return builder -> builder.setBootstrapExecutor(executor);
  }
}
