package org.interfacebot.config;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.jpa.provider.PersistenceProvider;
import org.springframework.data.jpa.repository.query.DefaultJpaQueryMethodFactory;
import org.springframework.data.jpa.repository.query.JpaQueryMethodFactory;
import org.springframework.data.jpa.repository.support.JpaRepositoryFactory;
import org.springframework.data.jpa.repository.support.JpaRepositoryFactoryBean;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.core.support.RepositoryFactorySupport;
import org.springframework.data.repository.query.QueryLookupStrategy;
import org.springframework.data.repository.query.ValueExpressionDelegate;

/**
 * Spring Data's JPA repositories, with each query method's query made when it is first needed
 * ({@link DeferredQuery}) rather than one by one on the main thread before the bot is ready. For
 * the declared {@code @Query} strings that was most of setting up the repositories: Hibernate
 * parses and checks each one, and loads its HQL grammar to do so (about 5 % of the bot's start-up
 * CPU, docs/benchmarks.md, P4). {@link PendingQueries} makes them all just after start-up, on
 * another thread, and {@code RepositoryQueriesIT} checks every one of them. Otherwise as Spring
 * Data's own: the same query method factory, fragments and query reader ({@link
 * SimpleQueryAnalysis}).
 */
public class DeferredQueryRepositories<T extends Repository<S, I>, S, I>
    extends JpaRepositoryFactoryBean<T, S, I> {

  private PendingQueries pending;

  public DeferredQueryRepositories(Class<? extends T> repositoryInterface) {
    super(repositoryInterface);
  }

  @Autowired
  void setPendingQueries(PendingQueries pending) {
    this.pending = pending;
  }

  @Override
  protected RepositoryFactorySupport createRepositoryFactory(EntityManager entityManager) {
    var factory = new Factory(entityManager, pending);
    factory.setFragmentsContributor(getRepositoryFragmentsContributor());
    factory.setQueryEnhancerSelector(new SimpleQueryAnalysis());
    return factory;
  }

  private static final class Factory extends JpaRepositoryFactory {

    private final JpaQueryMethodFactory methods;
    private final PendingQueries pending;

    Factory(EntityManager entityManager, PendingQueries pending) {
      super(entityManager);
      // What JpaRepositoryFactory uses when no JpaQueryMethodFactory bean is given (none is).
      this.methods =
          new DefaultJpaQueryMethodFactory(PersistenceProvider.fromEntityManager(entityManager));
      this.pending = pending;
    }

    @Override
    protected Optional<QueryLookupStrategy> getQueryLookupStrategy(
        QueryLookupStrategy.Key key, ValueExpressionDelegate expressions) {
      return super.getQueryLookupStrategy(key, expressions)
          .map(
              strategy ->
                  (method, metadata, projections, namedQueries) ->
                      pending.add(
                          new DeferredQuery(
                              methods.build(method, metadata, projections),
                              () ->
                                  strategy.resolveQuery(
                                      method, metadata, projections, namedQueries))));
    }
  }
}
