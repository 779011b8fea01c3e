-- When the bot was removed from a group's team (uninstalled, or the team deleted or archived):
-- clinicians are not offered the group to raise issues with until the bot is added back. Null
-- while the bot is in the team.

alter table interface_group add column removed_at timestamp with time zone;
