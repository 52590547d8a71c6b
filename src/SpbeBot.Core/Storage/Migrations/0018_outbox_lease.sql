-- Outbox delivery without a transaction held across the network call: a sender claims due rows by writing its lease
-- (who, until when), sends them, then records each outcome. A row stays 'pending' while leased, so broadcast reports
-- still count it as waiting; a lease left by a server that died expires and another sender takes the row.
alter table outbox_message add column lease_owner uuid, add column lease_until timestamptz;
