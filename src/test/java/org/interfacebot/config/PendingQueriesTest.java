package org.interfacebot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.data.repository.query.QueryMethod;
import org.springframework.data.repository.query.RepositoryQuery;

class PendingQueriesTest {

  private final PendingQueries pending = new PendingQueries(new SyncTaskExecutor());

  @Test
  void eachQueryIsMadeOnceWhetherByItsFirstCallOrAfterStartUp() {
    var made = new AtomicInteger();
    var query =
        pending.add(
            new DeferredQuery(
                method("findByReference"),
                () -> {
                  made.incrementAndGet();
                  return mock(RepositoryQuery.class);
                }));

    query.execute(new Object[0]);
    pending.resolveOnceReady();
    query.execute(new Object[0]);

    assertThat(made).hasValue(1);
    assertThat(pending.resolveAll()).isEqualTo(1);
  }

  @Test
  void aQueryThatCannotBeMadeIsThrownAfterTheOthersAreMade() {
    var made = new AtomicInteger();
    pending.add(
        new DeferredQuery(
            method("findBroken"),
            () -> {
              throw new IllegalArgumentException("no such property");
            }));
    pending.add(
        new DeferredQuery(
            method("findByReference"),
            () -> {
              made.incrementAndGet();
              return mock(RepositoryQuery.class);
            }));

    assertThatThrownBy(pending::resolveAll).hasMessage("no such property");
    assertThat(made).hasValue(1);
  }

  private static QueryMethod method(String name) {
    QueryMethod method = mock(QueryMethod.class, RETURNS_DEEP_STUBS);
    when(method.getName()).thenReturn(name);
    when(method.getEntityInformation().getJavaType()).thenAnswer(i -> String.class);
    return method;
  }
}
