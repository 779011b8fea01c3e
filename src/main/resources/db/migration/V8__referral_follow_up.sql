-- Referrals: when to follow them up, and the operational group's reply.

alter table issue add column referral_follow_up timestamp with time zone;
alter table issue add column referral_reply varchar(2000);
alter table issue add column follow_up_reminded boolean not null default false;
