-- 0006: the weekly digest. One snapshot per week (its Monday), written when the digest goes out, so week-over-week
-- changes and trends compare what was reported then, not a recomputation from a changed present.
create table digest_snapshot (
    week         date primary key,
    framework    text not null,
    year         int  not null,
    index_now    numeric(4, 2),
    index_target numeric(4, 2),
    -- {"1": 2.5, "2": 3.1, ...} per domain, current levels
    domains      jsonb not null default '{}',
    created_at   timestamptz not null default now()
);

-- A file sent with an outbox message may be shown as a picture (a chart) rather than as a document.
alter table outbox_message add column file_is_image boolean not null default false;
