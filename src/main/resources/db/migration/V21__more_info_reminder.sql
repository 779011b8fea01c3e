-- A reporter asked for more information who has not answered is reminded once (triage.MoreInfoWaits):
-- whether they have been, for the request the round's decision made. Requests already waiting when
-- this runs have not been: those older than the reminder interval are reminded at the next check.

alter table triage_round add column reporter_reminded boolean not null default false;
