package org.interfacebot.meetings;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface MeetingAgendaItemRepository extends JpaRepository<MeetingAgendaItem, Long> {

  List<MeetingAgendaItem> findByMeetingIdOrderByPosition(long meetingId);

  @Modifying
  @Query("delete from MeetingAgendaItem i where i.meetingId = :meetingId")
  int deleteByMeetingId(long meetingId);

  @Modifying
  @Query("delete from MeetingAgendaItem i where i.issueId in :issueIds")
  int deleteByIssueIds(Collection<Long> issueIds);
}
