-- What an upload was before a newer one in the same slot superseded it, so "keep both" (an evidence item that needs
-- several documents) can put it back exactly as it was.
alter table evidence add column superseded_from text check (superseded_from in ('pending', 'rejected', 'approved'));
