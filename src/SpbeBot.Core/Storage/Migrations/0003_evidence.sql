-- 0003: evidence (data dukung) and the outbox of messages to people.
-- Files live in the content-addressed store on disk (EvidenceFileStore); the database is what counts them:
-- a file is part of the system only once its evidence_file row is committed.

create table evidence_file (
    sha256       text primary key check (sha256 ~ '^[0-9a-f]{64}$'),
    size         bigint not null check (size > 0),
    kind         text not null,
    content_type text not null,
    created_at   timestamptz not null default now()
);

-- One upload, filed under an indicator, level and evidence item. The same file may be linked many times.
create table evidence (
    id            bigint generated always as identity primary key,
    sha256        text not null references evidence_file (sha256),
    framework     text not null check (length(framework) > 0),
    year          int  not null check (year between 2000 and 2100),
    -- Null while the uploader is still choosing where it belongs (status 'draft').
    indicator     int check (indicator between 1 and 99),
    level         smallint check (level between 1 and 5),
    -- 1-based item of the level's Kriteria Bukti Dukung; 0 = "lainnya" (other supporting material).
    item          smallint check (item between 0 and 50),
    plan_item_id  bigint references plan_item (id) on delete set null,
    opd_id        bigint references opd (id),
    uploader_id   bigint references person (id),
    uploader      text not null,
    original_name text not null,
    channel       text not null,
    -- Files sent together (an album, or several in a row before filing) share a batch; they never supersede each other.
    batch         text not null,
    status        text not null check (status in ('draft', 'pending', 'approved', 'rejected', 'superseded')),
    superseded_by bigint references evidence (id),
    reviewer_id   bigint references person (id),
    reviewer      text,
    reviewed_at   timestamptz,
    review_note   text,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now(),
    check (status = 'draft' or (indicator is not null and level is not null and item is not null)),
    check ((status = 'superseded') = (superseded_by is not null))
);
create index evidence_slot on evidence (framework, year, indicator, level, item) where status <> 'superseded';
create index evidence_queue on evidence (created_at) where status = 'pending';
create index evidence_drafts on evidence (uploader_id, batch) where status = 'draft';
create index evidence_sha on evidence (sha256);

-- Messages addressed to a person outside the conversation they are in (the uploader told of a decision,
-- later reminders and broadcasts). A channel delivers a row and marks it sent; unsent rows survive restarts.
create table outbox_message (
    id         bigint generated always as identity primary key,
    person_id  bigint not null references person (id) on delete cascade,
    kind       text not null,
    text       text not null check (length(text) > 0),
    -- [{"label": "...", "payload": "..."}]
    buttons    jsonb not null default '[]',
    created_at timestamptz not null default now(),
    not_before timestamptz not null default now(),
    sent_at    timestamptz,
    channel    text,
    attempts   int not null default 0,
    last_error text
);
create index outbox_unsent on outbox_message (not_before, id) where sent_at is null;
