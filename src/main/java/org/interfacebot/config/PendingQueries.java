package org.interfacebot.config;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;

/**
 * The repositories' queries, made when first needed ({@link DeferredQueryRepositories}). Once the
 * bot is ready those not made yet are made on a task thread, so that the first people to use it
 * after a start do not wait for them, and a query Hibernate cannot read is logged within seconds of
 * the start (no test lets one through: {@code RepositoryQueriesIT}).
 */
@Component
public class PendingQueries {

  private static final Logger log = LoggerFactory.getLogger(PendingQueries.class);

  private final Queue<DeferredQuery> queries = new ConcurrentLinkedQueue<>();
  private final TaskExecutor executor;

  PendingQueries(@Qualifier("applicationTaskExecutor") TaskExecutor executor) {
    this.executor = executor;
  }

  DeferredQuery add(DeferredQuery query) {
    queries.add(query);
    return query;
  }

  @EventListener(ApplicationReadyEvent.class)
  void resolveOnceReady() {
    executor.execute(
        () -> {
          try {
            resolveAll();
          } catch (RuntimeException loggedAlready) {
            // Each query that could not be made is logged; its first call throws again.
          }
        });
  }

  /**
   * Makes every query not made yet, and returns how many queries there are in all; the first that
   * cannot be made is thrown once all the others have been tried.
   */
  public int resolveAll() {
    int made = 0;
    RuntimeException first = null;
    for (DeferredQuery query : queries) {
      try {
        query.resolve();
        made++;
      } catch (RuntimeException broken) {
        log.error("The query of {} could not be made", query.name(), broken);
        first = first == null ? broken : first;
      }
    }
    if (first != null) {
      throw first;
    }
    return made;
  }
}
