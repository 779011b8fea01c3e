package org.interfacebot.teams;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

interface PostedCardRepository extends JpaRepository<PostedCard, Long> {

  Optional<PostedCard> findBySubject(String subject);

  List<PostedCard> findByStaleTrue();

  @Transactional
  @Modifying
  @Query("update PostedCard c set c.stale = true where c.subject = :subject")
  int markStale(String subject);

  /** Clears the flag before the newest version is sent; a change meanwhile sets it again. */
  @Transactional
  @Modifying
  @Query("update PostedCard c set c.stale = false, c.refreshedAt = :at where c.id = :id")
  int markFresh(long id, Instant at);
}
