-- Issue 17.5: the instansi row and the OPD list (with its aliases) are kept in each server's memory under the
-- directory version (migration 0019), like who is behind a chat account; so their changes raise it too. Per row (a
-- statement that changes nothing must not raise it), and on truncate.
create trigger instansi_directory_changed after insert or update or delete on instansi for each row execute function directory_changed();
create trigger instansi_directory_truncated after truncate on instansi for each statement execute function directory_changed();
create trigger opd_alias_directory_changed after insert or update or delete on opd_alias for each row execute function directory_changed();
create trigger opd_alias_directory_truncated after truncate on opd_alias for each statement execute function directory_changed();
