package org.interfacebot.groups;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.transaction.annotation.Transactional;

interface MemberRepository extends JpaRepository<Member, Long> {

  Optional<Member> findByGroupIdAndPersonKey(long groupId, String personKey);

  boolean existsByGroupIdAndPersonKey(long groupId, String personKey);

  @Transactional
  long deleteByGroupIdAndPersonKey(long groupId, String personKey);
}
