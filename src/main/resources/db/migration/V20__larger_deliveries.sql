-- A reply held while Teams could not take it (teams.HeldReplies) is kept in the event publication
-- registry with its whole card, and the privacy notice and an issue's status card are longer than
-- the 4,000 characters Spring Modulith's H2 schema (V1) allowed: holding one failed, and the turn
-- with it. The column is widened; the index that held the serialized event goes (PostgreSQL's
-- b-tree index takes an entry of at most about 2,700 bytes) for one on the listener, which is how
-- a delivery is found to mark it complete, with its event compared among that listener's few rows.
drop index event_publication_by_listener_and_event;
alter table event_publication alter column serialized_event set data type varchar(1000000);
create index event_publication_by_listener on event_publication (listener_id, completion_date);
