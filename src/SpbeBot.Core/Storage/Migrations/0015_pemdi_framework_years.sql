-- 0010 (pemdi): the framework per evaluation year (2025: spbe-2024, 2026: pemdi-2026), so switching the evaluation
-- year also switches the framework the instansi is evaluated under; and one-time notices per conversation (the line
-- that PermenPANRB 59/2020 is revoked for evaluations from 2026 is shown once per chat, durably).
create table instansi_framework_year (
    evaluation_year int primary key check (evaluation_year between 2018 and 2100),
    framework       text not null,
    updated_at      timestamptz not null default now()
);

create table conversation_notice (
    channel    text not null,
    chat_id    text not null,
    notice     text not null,
    shown_at   timestamptz not null default now(),
    primary key (channel, chat_id, notice)
);
