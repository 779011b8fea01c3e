-- Each triage round keeps its tally, one count per choice, changed under the round's lock with each
-- vote, so that a vote no longer counts every vote on the issue. Filled from the votes held now.

alter table triage_round add column votes_discuss integer not null default 0;
alter table triage_round add column votes_refer integer not null default 0;
alter table triage_round add column votes_more_info integer not null default 0;
alter table triage_round add column votes_decline integer not null default 0;

update triage_round set
  votes_discuss = (select count(*) from triage_vote v
                   where v.issue_id = triage_round.issue_id and v.choice = 'DISCUSS'),
  votes_refer = (select count(*) from triage_vote v
                 where v.issue_id = triage_round.issue_id and v.choice = 'REFER'),
  votes_more_info = (select count(*) from triage_vote v
                     where v.issue_id = triage_round.issue_id and v.choice = 'MORE_INFO'),
  votes_decline = (select count(*) from triage_vote v
                   where v.issue_id = triage_round.issue_id and v.choice = 'DECLINE');
