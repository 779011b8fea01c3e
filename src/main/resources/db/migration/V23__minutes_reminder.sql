-- The chairs are reminded once when a held meeting's minutes have not been shared a while after it
-- (meetings.OverdueMinutes): whether they have been. Meetings held before this runs count as
-- reminded, so that a group that has not used `minutes` is not sent a reminder for each of its
-- past meetings; `health` still lists the latest of them.

alter table meeting add column minutes_reminded boolean not null default false;
update meeting set minutes_reminded = true where starts_at < current_timestamp;
