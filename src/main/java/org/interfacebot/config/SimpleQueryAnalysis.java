package org.interfacebot.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.query.QueryEnhancerFactories;
import org.springframework.data.jpa.repository.query.QueryEnhancerSelector.DefaultQueryEnhancerSelector;

/**
 * How Spring Data reads the repositories' {@code @Query} strings. With Hibernate present it parses
 * each with its own ANTLR grammar for HQL, to derive count queries for paging and to add sorting.
 * No repository here pages or sorts a declared query (one takes a {@code Limit}, which is applied
 * as a maximum number of rows, not by rewriting the query), so its pattern-based reader is enough
 * for the JPQL queries: it finds each one's alias and whether it selects a constructor expression.
 * Hibernate still parses and checks every query at start-up. Loading the grammar and parsing with
 * it cost about 0.4 s of one core's start-up work (docs/benchmarks.md, P4). Spring Data uses a bean
 * of this type when there is one.
 */
@Configuration(proxyBeanMethods = false)
class SimpleQueryAnalysis {

  @Bean
  DefaultQueryEnhancerSelector patternBasedQueryEnhancer() {
    return new PatternBased();
  }

  static final class PatternBased extends DefaultQueryEnhancerSelector {
    PatternBased() {
      super(QueryEnhancerFactories.fallback(), QueryEnhancerFactories.fallback());
    }
  }
}
