package org.interfacebot.issues;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ReferenceCounterRepository extends JpaRepository<ReferenceCounter, ReferenceCounter.Key> {

  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select c from ReferenceCounter c where c.groupId = :groupId and c.year = :year")
  Optional<ReferenceCounter> lockFor(long groupId, int year);

  /** Creates the counter if it is missing; a concurrent creator makes this a no-op. */
  @Modifying
  @Query(
      value =
          "insert into issue_reference_counter (group_id, ref_year, last_number) "
              + "select :groupId, :year, 0 where not exists (select 1 from issue_reference_counter "
              + "where group_id = :groupId and ref_year = :year)",
      nativeQuery = true)
  int createIfMissing(long groupId, int year);
}
