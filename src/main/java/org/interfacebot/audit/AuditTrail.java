package org.interfacebot.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records and reads the audit trail. Entries are only ever added; the people they name are linked
 * in a separate row (audit_actor) that {@link #forget} and {@link #unlinkBefore} delete, so that
 * removing a person never changes an entry.
 */
@Service
public class AuditTrail {

  private static final String ACTOR = "actor";
  private static final String SUBJECT = "subject";

  private final AuditEntryRepository entries;
  private final JdbcTemplate jdbc;
  private final Clock clock;

  AuditTrail(AuditEntryRepository entries, JdbcTemplate jdbc, Clock clock) {
    this.entries = entries;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Records an entry in the caller's transaction. {@code detail} is never free text. */
  @Transactional
  public void record(
      long groupId, String reference, AuditAction action, Actor actor, String detail) {
    record(groupId, reference, action, actor, null, detail);
  }

  /** Records an entry about someone else too, e.g. the person appointed as chair. */
  @Transactional
  public void record(
      long groupId,
      String reference,
      AuditAction action,
      Actor actor,
      Actor subject,
      String detail) {
    AuditEntry entry =
        entries.save(
            new AuditEntry(groupId, reference, clock.instant(), action, actor.kind(), detail));
    link(entry.id(), ACTOR, actor);
    link(entry.id(), SUBJECT, subject);
  }

  private void link(long entryId, String role, Actor actor) {
    if (actor != null && actor.linked()) {
      jdbc.update(
          "insert into audit_actor (entry_id, role, person_key, person_name) values (?, ?, ?, ?)",
          entryId,
          role,
          actor.key(),
          actor.name());
    }
  }

  /** The entries about one issue, oldest first. */
  @Transactional(readOnly = true)
  public List<AuditLine> of(long groupId, String reference) {
    return lines(entries.findByGroupIdAndReferenceOrderByAtAscIdAsc(groupId, reference));
  }

  /** The group's latest 50 entries not about one issue (themes, minutes, chairs), oldest first. */
  @Transactional(readOnly = true)
  public List<AuditLine> ofGroup(long groupId) {
    return lines(entries.findTop50ByGroupIdAndReferenceIsNullOrderByAtDescIdDesc(groupId)).stream()
        .sorted(Comparator.comparing(AuditLine::at))
        .toList();
  }

  private List<AuditLine> lines(List<AuditEntry> found) {
    if (found.isEmpty()) {
      return List.of();
    }
    var names = new HashMap<String, String>();
    String ids = String.join(",", found.stream().map(e -> "?").toList());
    jdbc.query(
        "select entry_id, role, person_name from audit_actor where entry_id in (" + ids + ")",
        row -> {
          String name = row.getString("person_name");
          names.put(
              row.getLong("entry_id") + ":" + row.getString("role"), name == null ? "" : name);
        },
        found.stream().map(AuditEntry::id).toArray());
    return found.stream()
        .map(
            e ->
                new AuditLine(
                    e.at(),
                    e.reference(),
                    e.action(),
                    e.actor(),
                    names.get(e.id() + ":" + ACTOR),
                    names.get(e.id() + ":" + SUBJECT),
                    e.detail()))
        .toList();
  }

  /**
   * Fills in the name of a person linked while Teams had not given it; a name once known is kept as
   * it was when the entry was made.
   */
  @Transactional
  public void named(String personKey, String name) {
    jdbc.update(
        "update audit_actor set person_name = ? where person_key = ? and person_name is null",
        name,
        personKey);
  }

  /** How many entries name the person, for {@code my data}. */
  @Transactional(readOnly = true)
  public int countFor(String personKey) {
    Integer n =
        jdbc.queryForObject(
            "select count(distinct entry_id) from audit_actor where person_key = ?",
            Integer.class,
            personKey);
    return n == null ? 0 : n;
  }

  /**
   * Unlinks the person from every entry naming them; returns the groups and references of those
   * entries (a null reference for group entries), so that the removal itself can be recorded.
   */
  @Transactional
  public Map<Long, Set<String>> forget(String personKey) {
    var touched = new HashMap<Long, Set<String>>();
    jdbc.query(
        "select distinct e.group_id, e.reference from audit_entry e join audit_actor a"
            + " on a.entry_id = e.id where a.person_key = ?",
        row -> {
          touched
              .computeIfAbsent(row.getLong("group_id"), g -> new LinkedHashSet<>())
              .add(row.getString("reference"));
        },
        personKey);
    jdbc.update("delete from audit_actor where person_key = ?", personKey);
    return touched;
  }

  /**
   * Retention: unlinks everyone from entries of these kinds written before the cutoff; the entries
   * stay. Returns how many links were removed.
   */
  @Transactional
  public int unlinkBefore(Instant cutoff, Collection<AuditAction> actions) {
    if (actions.isEmpty()) {
      return 0;
    }
    String kinds = String.join(",", actions.stream().map(a -> "?").toList());
    var args = new java.util.ArrayList<Object>();
    args.add(Timestamp.from(cutoff));
    actions.forEach(a -> args.add(a.name()));
    return jdbc.update(
        "delete from audit_actor where entry_id in (select id from audit_entry where at < ?"
            + " and action in ("
            + kinds
            + "))",
        args.toArray());
  }
}
