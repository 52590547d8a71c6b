-- 0004: reminders. One row per (plan item, milestone) ever reminded: the primary key is what makes the daily scan
-- idempotent — a scan run twice, or by two servers at once, queues each reminder once.
create table reminder_sent (
    plan_item_id bigint not null references plan_item (id) on delete cascade,
    -- 'h-30', 'h-14', 'h-7', 'h-3', 'h-1', 'h0', then 'late-7', 'late-14', ... weekly while overdue.
    milestone    text   not null,
    scan_date    date   not null,
    created_at   timestamptz not null default now(),
    primary key (plan_item_id, milestone)
);

-- "Tunda sehari": the person is reminded of the item again on remind_on (once).
create table reminder_snooze (
    plan_item_id bigint not null references plan_item (id) on delete cascade,
    person_id    bigint not null references person (id) on delete cascade,
    remind_on    date   not null,
    primary key (plan_item_id, person_id)
);
