-- 0017: the pre-check of each filed upload (issue 22): what the checker read in the document against the criterion it
-- is filed for. Advisory only: nothing here changes an upload's status or a verification. One row per upload, replaced
-- when the upload is checked again (a new filing of the same row, or a changed file).
create table evidence_check (
    evidence_id   bigint primary key references evidence (id) on delete cascade,
    -- What was (or is being) checked: the file and the slot it was filed for. A row whose file or slot no longer matches
    -- its upload is out of date and is not shown.
    sha256        text not null,
    framework     text not null,
    indicator     int  not null,
    filed_level   smallint,
    status        text not null check (status in ('queued', 'running', 'done', 'failed')),
    -- The verdict's main columns, for lists and the digest; the whole verdict is in "verdict".
    level         smallint check (level between 0 and 5),
    flags         text[] not null default '{}',
    ocr           boolean not null default false,
    needs_ocr     boolean not null default false,
    verdict       jsonb,
    error         text,
    -- The background reading (scans): tries so far, and not before when the next may start.
    attempts      int not null default 0,
    not_before    timestamptz not null default now(),
    checked_at    timestamptz,
    updated_at    timestamptz not null default now()
);
create index evidence_check_due on evidence_check (not_before) where status in ('queued', 'running');
