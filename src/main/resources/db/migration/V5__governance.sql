-- Information governance: when an issue last changed status, so that retention can anonymise and
-- later delete issues whose work is over. Existing issues count from when they were raised.

alter table issue add column status_changed_at timestamp with time zone;
update issue set status_changed_at = raised_at;
alter table issue alter column status_changed_at set not null;

create index issue_by_status_and_change on issue (status, status_changed_at);
create index triage_vote_by_voter on triage_vote (voter_key);
create index issue_support_by_supporter on issue_support (supporter_key);
create index group_member_by_person on group_member (person_key);
create index group_chair_by_person on group_chair (person_key);
