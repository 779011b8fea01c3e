package org.interfacebot.config;

import java.util.function.Supplier;
import org.springframework.data.repository.query.QueryMethod;
import org.springframework.data.repository.query.RepositoryQuery;
import org.springframework.util.function.SingletonSupplier;

/**
 * A repository query method's query, made by Spring Data (and, for a declared {@code @Query},
 * parsed and checked by Hibernate) at its first call or by {@link PendingQueries} just after
 * start-up, whichever comes first, instead of before the bot is ready. Made once, by one thread.
 */
final class DeferredQuery implements RepositoryQuery {

  private final QueryMethod method;
  private final SingletonSupplier<RepositoryQuery> query;

  DeferredQuery(QueryMethod method, Supplier<RepositoryQuery> query) {
    this.method = method;
    this.query = SingletonSupplier.of(query);
  }

  @Override
  public Object execute(Object[] parameters) {
    return query.obtain().execute(parameters);
  }

  @Override
  public QueryMethod getQueryMethod() {
    return method;
  }

  /** Makes the query now, if it has not been made. */
  void resolve() {
    query.obtain();
  }

  /** Repository and method, as in a log line: IssueRepository.findByReference. */
  String name() {
    return method.getEntityInformation().getJavaType().getSimpleName() + " " + method.getName();
  }
}
