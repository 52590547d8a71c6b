-- 0010: onboarding a whole Pemda from a staff list (spbebot people import).
-- Contact details as coordinators keep them, normalised (phone 62…, e-mail and Telegram username lower case);
-- a re-import matches a person by any of them, so each is unique where given.
alter table person
    add column phone             text check (phone ~ '^[0-9]{8,15}$'),
    add column email             text check (position('@' in email) > 1),
    add column telegram_username text check (telegram_username ~ '^[a-z0-9_]{5,32}$');
create unique index person_phone on person (phone) where phone is not null;
create unique index person_email on person (email) where email is not null;
create unique index person_telegram_username on person (telegram_username) where telegram_username is not null;

-- A personal invite joins its redeemer as this (already imported) person instead of creating a new one.
alter table invite add column person_id bigint references person (id) on delete cascade;
create index invite_person on invite (person_id) where person_id is not null;

-- The username Telegram's getMe gave the server, per bot (the token's numeric id), so the CLI prints invite links for
-- the bot this installation really runs, not a guessed one.
create table telegram_bot_identity (
    bot_id     bigint primary key,
    username   text not null check (length(username) > 0),
    updated_at timestamptz not null default now()
);
