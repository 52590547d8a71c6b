-- 0010: criteria catalogs imported by a coordinator (`spbebot catalog import`), one row per version of a framework.
-- The newest version of a framework replaces the catalog shipped in the binary on every server (read at start,
-- refreshed while running); older versions stay for the record. Version 0 is the shipped catalog and is not stored.
create table catalog_version (
    id                 bigserial primary key,
    framework          text not null,
    version            integer not null check (version >= 1),
    catalog            jsonb not null,
    imported_by        text not null,
    imported_at        timestamptz not null,
    source_file        text not null,
    source_file_sha256 text not null,
    unique (framework, version)
);
