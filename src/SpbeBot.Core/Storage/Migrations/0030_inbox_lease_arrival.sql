-- 0030: conversations never served yet all have served_at '-infinity', so among them the claim took any one — a later
-- conversation could be served before an earlier one (InboxTests saw it once the test tables were emptied by delete,
-- which no longer leaves rows in insertion order). They now go in the order their lease rows were made: the order
-- their first updates arrived. Rows already here are numbered as they stand.
alter table inbox_lease add column arrival bigint generated always as identity;
drop index inbox_lease_claimable;
create index inbox_lease_claimable on inbox_lease (served_at, arrival) where pending > 0;
