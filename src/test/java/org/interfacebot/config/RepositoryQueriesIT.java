package org.interfacebot.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.interfacebot.support.BotConversationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.repository.support.Repositories;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;

/**
 * Every repository query is made after start-up rather than before it (docs/benchmarks.md, P4), so
 * this is where a query Hibernate cannot read is caught: each one is made and checked here.
 */
class RepositoryQueriesIT extends BotConversationTest {

  @Autowired PendingQueries pending;
  @Autowired ApplicationContext context;

  @Test
  void everyQueryMethodOfEveryRepositoryIsDeferredAndCanBeMade() {
    var repositories = new Repositories(context);
    int queryMethods = 0;
    for (var entity : repositories) {
      var information = repositories.getRequiredRepositoryInformation(entity);
      queryMethods += information.getQueryMethods().size();
    }

    assertThat(queryMethods).isGreaterThan(50);
    assertThat(pending.resolveAll()).isEqualTo(queryMethods);
  }

  @Test
  void everyRepositoryIsMadeByTheDeferringFactory() {
    int repositories = 0;
    for (var ignored : new Repositories(context)) {
      repositories++;
    }

    assertThat(context.getBeanNamesForType(DeferredQueryRepositories.class)).hasSize(repositories);
  }

  /** As Spring Boot does for a deferred bootstrap: Hibernate is built beside the rest. */
  @Test
  void hibernateIsBuiltOnATaskThread() {
    var factory =
        context.getBean("&entityManagerFactory", LocalContainerEntityManagerFactoryBean.class);

    assertThat(factory.getBootstrapExecutor()).isNotNull();
  }
}
