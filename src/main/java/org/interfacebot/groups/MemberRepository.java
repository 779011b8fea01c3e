package org.interfacebot.groups;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.transaction.annotation.Transactional;

interface MemberRepository extends JpaRepository<Member, Long> {

  Optional<Member> findByGroupIdAndPersonKey(long groupId, String personKey);

  boolean existsByGroupIdAndPersonKey(long groupId, String personKey);

  java.util.List<Member> findByGroupIdOrderBySeenAtDesc(long groupId);

  @org.springframework.data.jpa.repository.Query(
      "select m.teamsUserId from Member m where m.groupId = :groupId and m.teamsUserId is not null"
          + " order by m.seenAt desc")
  java.util.List<String> teamsIdsBySeen(long groupId, org.springframework.data.domain.Limit limit);

  Optional<Member> findFirstByGroupIdAndTeamsUserId(long groupId, String teamsUserId);

  long countByGroupId(long groupId);

  @org.springframework.data.jpa.repository.Modifying
  @org.springframework.data.jpa.repository.Query(
      "update Member m set m.name = :name where m.personKey = :personKey"
          + " and (m.name is null or m.name = '')")
  int name(String personKey, String name);

  java.util.List<Member> findByPersonKey(String personKey);

  /** The person's places on the groups' member lists, locked ({@link Members#takeTurns}). */
  @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
  @org.springframework.data.jpa.repository.Query(
      "select m from Member m where m.personKey = :personKey order by m.id")
  java.util.List<Member> lockOf(String personKey);

  /** The person's place on the group's member list, locked ({@link Members#stillMember}). */
  @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
  @org.springframework.data.jpa.repository.Query(
      "select m from Member m where m.groupId = :groupId and m.personKey = :personKey")
  Optional<Member> lockOf(long groupId, String personKey);

  @Transactional
  long deleteByPersonKey(String personKey);

  @Transactional
  long deleteByGroupIdAndPersonKey(long groupId, String personKey);
}
