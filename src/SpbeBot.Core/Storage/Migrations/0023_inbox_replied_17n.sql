-- Issue 17: when an update's replies were handed to the kernel (written and flushed to the platform's connection).
-- After a kill, a pending update with this set is completed without being handled again (its answer had left); one
-- without it is handled again. Cleared when the platform refused the call (429, 5xx). See SendMark.
alter table inbox_update add column if not exists replied_at timestamptz;
