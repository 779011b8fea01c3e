-- Nothing twice: activities already taken in (Teams redelivers when the bot fails or answers
-- slowly), kept a day; and messages already sent for an event whose delivery has several parts.

create table inbound_activity (
  activity_key varchar(64) primary key,
  received_at  timestamp with time zone not null
);
create index inbound_activity_by_received_at on inbound_activity (received_at);

create table sent_message (
  message_key varchar(255) primary key,
  sent_at     timestamp with time zone not null
);
