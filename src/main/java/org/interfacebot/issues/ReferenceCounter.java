package org.interfacebot.issues;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** The last reference number given out for one group in one year. */
@Entity
@Table(name = "issue_reference_counter")
@IdClass(ReferenceCounter.Key.class)
final class ReferenceCounter {

  @Id
  @Column(name = "group_id")
  private long groupId;

  @Id
  @Column(name = "ref_year")
  private int year;

  @Column(name = "last_number", nullable = false)
  private int lastNumber;

  protected ReferenceCounter() {}

  ReferenceCounter(long groupId, int year) {
    this.groupId = groupId;
    this.year = year;
  }

  int next() {
    return ++lastNumber;
  }

  record Key(long groupId, int year) implements Serializable {
    Key() {
      this(0, 0);
    }
  }
}
