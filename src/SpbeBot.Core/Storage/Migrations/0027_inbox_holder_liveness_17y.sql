-- 0027 (issue 17, 17y): a killed server's conversations are claimed at once, not after their lease (10 s) ran out.
-- The claiming server holds a session-level advisory lock on a random key for as long as its inbox lives (one
-- connection of its own, PostgresInbox.HoldLivenessAsync, as the outbox sender does since 0025) and stores that key on
-- every lease it takes. When its process dies the kernel closes the connection, PostgreSQL ends the session and frees
-- the key within milliseconds: a claim that finds a held lease's key free (pg_try_advisory_xact_lock) takes it as if it
-- had run out. The generation (0024) still fences a holder that is alive but lost its session (its database connection
-- broke): its completion and its heartbeat no longer count once the conversation was claimed again. Null: a lease
-- taken without a key (an older server, or before the key was held): it runs out as before.
alter table inbox_lease add column if not exists holder_key bigint;
