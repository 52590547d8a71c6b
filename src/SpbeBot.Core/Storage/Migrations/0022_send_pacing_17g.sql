-- 0022 (issue 17, two servers share the platform's limits).
-- A conversation's claim row carries the moment its last reply may be followed (the chat's 1 message/s, a group's
-- 20/min): written by the statement that completes an update once its replies went out, read by the claim — so the
-- server that claims the conversation next waits out the pace the other server started, without a further round trip.
alter table inbox_lease add column reply_after timestamptz not null default '-infinity';

-- Every server sending on a channel beats here about once a second with its demand (sends started in the last beat
-- plus sends waiting); each takes the per-bot limit in proportion to its demand among the live ones. A server whose
-- beat stopped for a few seconds no longer counts: its share returns to the others.
create table send_pacer (
    owner        text primary key,
    channel      text not null,
    demand       double precision not null default 1,
    heartbeat_at timestamptz not null default now()
);
create index send_pacer_channel on send_pacer (channel, heartbeat_at);
