package org.interfacebot.teams;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

interface StoredReferenceRepository extends JpaRepository<StoredReference, Long> {

  Optional<StoredReference> findByKey(String key);

  List<StoredReference> findByKeyStartingWith(String prefix);

  /** The references under the prefix whose JSON holds the text, e.g. a conversation's id. */
  List<StoredReference> findByKeyStartingWithAndJsonContaining(String prefix, String text);

  @Transactional
  @Modifying
  @Query("update StoredReference r set r.json = :json, r.updatedAt = :at where r.key = :key")
  int replace(String key, String json, Instant at);

  @Transactional
  @Modifying
  @Query("delete from StoredReference r where r.key = :key")
  int deleteByRefKey(String key);
}
