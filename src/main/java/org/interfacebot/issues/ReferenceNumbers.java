package org.interfacebot.issues;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives out issue references, IF-year-number, per group and year: no duplicates and no gaps, even
 * under concurrent raises, because the number is taken under a row lock in the transaction that
 * stores the issue (a rolled-back raise gives its number back).
 */
@Component
class ReferenceNumbers {

  private final ReferenceCounterRepository counters;
  private final CounterCreation creation;

  ReferenceNumbers(ReferenceCounterRepository counters, CounterCreation creation) {
    this.counters = counters;
    this.creation = creation;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  String next(long groupId, int year) {
    if (counters.lockFor(groupId, year).isEmpty()) {
      try {
        creation.ensure(groupId, year);
      } catch (DataIntegrityViolationException lostRace) {
        // Another raise created this year's counter first: it exists, which is all we need.
      }
    }
    ReferenceCounter counter = counters.lockFor(groupId, year).orElseThrow();
    return String.format(java.util.Locale.ROOT, "IF-%d-%04d", year, counter.next());
  }

  /** Creates a year's counter in its own transaction, so a lost race costs nothing. */
  @Component
  static class CounterCreation {

    private final ReferenceCounterRepository counters;

    CounterCreation(ReferenceCounterRepository counters) {
      this.counters = counters;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void ensure(long groupId, int year) {
      counters.createIfMissing(groupId, year);
    }
  }
}
