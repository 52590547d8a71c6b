-- Where each chat is in a multi-step dialog (e.g. "typing the note of a progress update"), so a restart of the
-- bot does not lose it. One row per chat; the step is the dialog's own short text, opaque to the database.
create table conversation_state (
    channel    text not null,
    chat_id    text not null,
    step       text not null,
    updated_at timestamptz not null default now(),
    primary key (channel, chat_id)
);
