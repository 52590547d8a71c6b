-- 0008: Teams.
-- People met in a team channel or group chat before any 1:1 chat with the bot: their Teams member id is kept, and the
-- bot opens the 1:1 conversation itself (with the tenant id) the first time it has something for them.
alter table conversation_reference alter column conversation_id drop not null;
alter table conversation_reference add column member_id text;

-- Files offered to a Teams user through the file-consent card; answered once (accept uploads it to their OneDrive).
-- The file itself is a counted evidence_file (content-addressed store).
create table teams_file_offer (
    id          uuid primary key,
    user_id     text not null,
    sha256      text not null,
    name        text not null,
    size        bigint not null,
    created_at  timestamptz not null default now(),
    answered_at timestamptz
);
