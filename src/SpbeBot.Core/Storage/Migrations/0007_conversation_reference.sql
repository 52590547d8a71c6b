-- 0007: where to reach a Bot Framework (Teams) user later: their conversation with the bot and the service URL
-- the Connector API is called on. Stored on first contact and refreshed on every activity.
create table conversation_reference (
    channel         text not null,
    user_id         text not null,
    conversation_id text not null,
    service_url     text not null,
    tenant_id       text,
    bot_id          text,
    updated_at      timestamptz not null default now(),
    primary key (channel, user_id)
);
