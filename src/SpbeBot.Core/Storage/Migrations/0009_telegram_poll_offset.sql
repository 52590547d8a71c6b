-- 0009: where Telegram long polling stands, per bot (the token's numeric id), shared by every server that may take
-- over polling: a new poller, or the same server after a restart, continues after the last update handled instead of
-- getting Telegram's unconfirmed last batch again.
create table telegram_poll_offset (
    bot_id      bigint primary key,
    next_offset bigint not null,
    updated_at  timestamptz not null default now()
);
