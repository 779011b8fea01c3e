package org.interfacebot.teams;

import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Deliveries in the event publication registry that name a person by their key or Teams user id: a
 * status update on their issue, a vote reminder, an invitation to raise, a shadowing notice. Each
 * is addressed to that person or is about something that {@code forget me} removes, so it goes with
 * the rest of their data, delivered or not: nothing queued for them is sent afterwards, even once
 * they write again. Replies held for their chat are {@link HeldReplies}' (found by conversation).
 */
@Component
class DeliveriesNamingPeople {

  private final JdbcTemplate jdbc;

  DeliveriesNamingPeople(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** How many deliveries, queued or recently made, name any of these ids. */
  int heldFor(Collection<String> ids) {
    return naming(ids).size();
  }

  /** Deletes every delivery, queued or made, that names any of these ids; how many. */
  int forget(Collection<String> ids) {
    var rows = naming(ids);
    jdbc.batchUpdate(
        "delete from event_publication where id = ?",
        rows.stream().map(id -> new Object[] {id}).toList());
    return rows.size();
  }

  private List<Object> naming(Collection<String> ids) {
    var quoted = ids.stream().filter(id -> id != null && !id.isBlank()).map(id -> '"' + id + '"');
    return quoted
        .flatMap(
            id ->
                // LIKE narrows the search (its wildcards, if an id holds any, only widen it); the
                // check that follows is exact: the id as a whole JSON string.
                jdbc
                    .queryForList(
                        "select id, serialized_event from event_publication"
                            + " where event_type <> ? and serialized_event like ?",
                        HeldReplies.RepliesHeld.class.getName(),
                        "%" + id + "%")
                    .stream()
                    .filter(row -> String.valueOf(row.get("serialized_event")).contains(id)))
        .map(row -> row.get("id"))
        .distinct()
        .toList();
  }
}
