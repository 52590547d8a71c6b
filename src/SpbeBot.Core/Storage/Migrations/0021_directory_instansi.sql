-- Issue 17.5: the instansi row and the OPD list (with its aliases) are kept in each server's memory under the
-- directory version (migration 0019), like who is behind a chat account; so their changes raise it too. Per row (a
-- statement that changes nothing must not raise it), and on truncate.
create trigger instansi_directory_changed after insert or update or delete on instansi for each row execute function directory_changed();
create trigger instansi_directory_truncated after truncate on instansi for each statement execute function directory_changed();
create trigger opd_alias_directory_changed after insert or update or delete on opd_alias for each row execute function directory_changed();
create trigger opd_alias_directory_truncated after truncate on opd_alias for each statement execute function directory_changed();

-- The version is the id of the transaction that made the change, no longer a count: a count starts again at 1 when the
-- table is emptied (a test's truncate of every table) and climbs through the same numbers with different contents, so
-- a server could take what it keeps under "version 812" for today's. A transaction id is never handed out twice in a
-- cluster. Servers compare versions for equality only, so the order in which concurrent changes commit does not matter.
create or replace function directory_changed() returns trigger language plpgsql as $$
begin
    insert into directory_version values (1, pg_current_xact_id()::text::bigint)
    on conflict (id) do update set version = excluded.version;
    return null;
end $$;
update directory_version set version = pg_current_xact_id()::text::bigint;
