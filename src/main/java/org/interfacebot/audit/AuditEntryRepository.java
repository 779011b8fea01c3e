package org.interfacebot.audit;

import java.util.List;
import org.springframework.data.repository.Repository;

/** Append and read only: a {@link Repository} without the save-all, update or delete methods. */
interface AuditEntryRepository extends Repository<AuditEntry, Long> {

  AuditEntry save(AuditEntry entry);

  List<AuditEntry> findByGroupIdAndReferenceOrderByAtAscIdAsc(long groupId, String reference);

  List<AuditEntry> findTop50ByGroupIdAndReferenceIsNullOrderByAtDescIdDesc(long groupId);
}
