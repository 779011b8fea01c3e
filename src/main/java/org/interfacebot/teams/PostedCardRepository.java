package org.interfacebot.teams;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PostedCardRepository extends JpaRepository<PostedCard, Long> {

  Optional<PostedCard> findBySubject(String subject);
}
