package org.interfacebot.meetings;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MeetingItemRepository extends JpaRepository<MeetingItem, Long> {

  List<MeetingItem> findByMeetingId(long meetingId);

  Optional<MeetingItem> findByMeetingIdAndIssueId(long meetingId, long issueId);

  @org.springframework.data.jpa.repository.Modifying
  @org.springframework.data.jpa.repository.Query(
      "delete from MeetingItem i where i.issueId in :issueIds")
  int deleteByIssueIds(java.util.Collection<Long> issueIds);
}
