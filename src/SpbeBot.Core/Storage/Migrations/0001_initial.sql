-- 0001: the instansi, its OPDs, people and invites, the follow-up plan with its progress log, and the audit log.
-- All times are timestamptz (UTC); dates without a time of day (deadlines) are date.
-- Enumerations are text with check constraints so rows stay readable in psql and in backups.

-- One deployment serves one instansi (one Pemda), so this table holds at most one row (id = 1).
create table instansi (
    id              int primary key default 1 check (id = 1),
    name            text not null check (length(trim(name)) > 0),
    kind            text not null check (kind in ('provinsi', 'kabupaten', 'kota', 'instansi-pusat')),
    -- WIB, WITA, WIT as IANA zone names.
    time_zone       text not null default 'Asia/Jakarta'
                    check (time_zone in ('Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura')),
    framework       text not null default 'spbe-2024',
    evaluation_year int  not null check (evaluation_year between 2000 and 2100),
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now()
);

create table opd (
    id           bigint generated always as identity primary key,
    name         text not null check (length(trim(name)) > 0),
    abbreviation text,
    created_at   timestamptz not null default now()
);

-- Every way of writing an OPD's name (its name, its abbreviation, and aliases such as "Bag. Hukum"),
-- keyed by the normalised form (see OpdNameNormalizer) so lookups ignore case, punctuation and spacing.
create table opd_alias (
    alias_key text primary key,
    opd_id    bigint not null references opd (id) on delete cascade,
    alias     text not null
);
create index opd_alias_opd on opd_alias (opd_id);

create table person (
    id          bigint generated always as identity primary key,
    name        text not null check (length(trim(name)) > 0),
    role        text not null check (role in ('operator', 'coordinator', 'tim-koordinasi', 'admin')),
    opd_id      bigint references opd (id),
    language    text not null default 'id' check (language in ('id', 'en')),
    -- Quiet hours in the instansi's local time; both null = none. Start may be after end (overnight).
    quiet_start time,
    quiet_end   time,
    muted       boolean not null default false,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    check ((quiet_start is null) = (quiet_end is null))
);

-- A person's accounts on chat channels ("telegram" + user id, "teams" + AAD object id, ...).
create table chat_identity (
    channel     text not null check (channel ~ '^[a-z][a-z0-9-]*$'),
    external_id text not null check (length(external_id) > 0),
    person_id   bigint not null references person (id) on delete cascade,
    created_at  timestamptz not null default now(),
    primary key (channel, external_id)
);
create index chat_identity_person on chat_identity (person_id);

create table invite (
    code       text primary key,
    role       text not null check (role in ('operator', 'coordinator', 'tim-koordinasi', 'admin')),
    opd_id     bigint references opd (id),
    created_by text not null,
    created_at timestamptz not null default now(),
    expires_at timestamptz not null,
    used_at    timestamptz,
    used_by    bigint references person (id),
    check ((used_at is null) = (used_by is null))
);

create table plan_item (
    id             bigint generated always as identity primary key,
    framework      text not null check (length(framework) > 0),
    year           int  not null check (year between 2000 and 2100),
    indicator      int  not null check (indicator between 1 and 99),
    -- '' when the indicator is not scored per service, so it can take part in the natural key.
    service_name   text not null default '',
    current_level  smallint check (current_level between 1 and 5),
    target_level   smallint check (target_level between 1 and 5),
    recommendation text,
    action         text,
    -- Normalised action text (PlanKey.NormalizeAction): part of the natural key below.
    action_key     text not null default '',
    deadline       date,
    status         text not null default 'open' check (status in ('open', 'in-progress', 'done', 'cancelled')),
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now(),
    -- Natural key: re-importing the same spreadsheet updates these rows instead of adding new ones.
    constraint plan_item_natural_key unique (framework, year, indicator, service_name, action_key)
);
create index plan_item_deadline on plan_item (deadline) where status in ('open', 'in-progress');

-- Responsible OPDs of a plan item, in the order the plan names them.
create table plan_item_opd (
    plan_item_id bigint   not null references plan_item (id) on delete cascade,
    opd_id       bigint   not null references opd (id),
    position     smallint not null,
    primary key (plan_item_id, opd_id)
);
create index plan_item_opd_opd on plan_item_opd (opd_id);

create table progress_update (
    id           bigint generated always as identity primary key,
    plan_item_id bigint not null references plan_item (id) on delete cascade,
    person_id    bigint references person (id),
    actor        text not null,
    at           timestamptz not null default now(),
    old_status   text not null check (old_status in ('open', 'in-progress', 'done', 'cancelled')),
    new_status   text not null check (new_status in ('open', 'in-progress', 'done', 'cancelled')),
    note         text
);
create index progress_update_item on progress_update (plan_item_id, at);

-- Every change, written in the same transaction as the change itself.
create table audit_log (
    id        bigint generated always as identity primary key,
    at        timestamptz not null default now(),
    person_id bigint references person (id),
    actor     text not null,
    entity    text not null,
    entity_id text not null,
    action    text not null,
    before    jsonb,
    after     jsonb
);
create index audit_log_entity on audit_log (entity, entity_id, at);
