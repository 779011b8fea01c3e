package org.interfacebot.teams;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface StoredReferenceRepository extends JpaRepository<StoredReference, Long> {

  Optional<StoredReference> findByKey(String key);
}
