-- A progress update keeps the fellow who wrote it, not whoever holds the issue now.
alter table fellow_update add column author_key varchar(255);
alter table fellow_update add column author_name varchar(200);

-- Updates posted since the issue's current fellow was assigned are theirs. Earlier ones were
-- written by a fellow the issue had before, whom nothing recorded: they stay without an author
-- (shown as an earlier fellow) rather than be credited to the wrong person.
update fellow_update
   set author_key = (select a.fellow_key from fellow_assignment a
                      where a.id = fellow_update.assignment_id),
       author_name = (select a.fellow_name from fellow_assignment a
                       where a.id = fellow_update.assignment_id)
 where posted_at >= (select a.assigned_at from fellow_assignment a
                      where a.id = fellow_update.assignment_id);

create index fellow_update_author on fellow_update (author_key);
