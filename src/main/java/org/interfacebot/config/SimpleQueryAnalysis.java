package org.interfacebot.config;

import org.springframework.data.jpa.repository.query.QueryEnhancerFactories;
import org.springframework.data.jpa.repository.query.QueryEnhancerSelector.DefaultQueryEnhancerSelector;

/**
 * How Spring Data reads the repositories' {@code @Query} strings. With Hibernate present it parses
 * each with its own ANTLR grammar for HQL, to derive count queries for paging and to add sorting.
 * No repository here pages or sorts a declared query (one takes a {@code Limit}, which is applied
 * as a maximum number of rows, not by rewriting the query), so its pattern-based reader is enough
 * for the JPQL queries: it finds each one's alias and whether it selects a constructor expression.
 * Loading the grammar and parsing with it cost about 0.4 s of one core's start-up work
 * (docs/benchmarks.md, P4). Hibernate still parses and checks every query, when it is first made
 * ({@link DeferredQueryRepositories}).
 */
final class SimpleQueryAnalysis extends DefaultQueryEnhancerSelector {

  SimpleQueryAnalysis() {
    super(QueryEnhancerFactories.fallback(), QueryEnhancerFactories.fallback());
  }
}
