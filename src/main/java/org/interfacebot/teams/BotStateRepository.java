package org.interfacebot.teams;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface BotStateRepository extends JpaRepository<BotStateEntry, String> {

  /** Writes only if the stored eTag is still the one read; returns the rows changed (0 or 1). */
  @Modifying(clearAutomatically = true)
  @Query(
      "update BotStateEntry e set e.content = :content, e.etag = :next, e.updatedAt = :at"
          + " where e.key = :key and e.etag = :expected")
  int compareAndSet(String key, String expected, String content, String next, Instant at);

  /** Deletes only if the stored eTag is still the one read; returns the rows deleted (0 or 1). */
  @Modifying(clearAutomatically = true)
  @Query("delete from BotStateEntry e where e.key = :key and e.etag = :expected")
  int deleteIfUnchanged(String key, String expected);
}
