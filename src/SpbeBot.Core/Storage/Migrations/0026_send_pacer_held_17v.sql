-- 0026 (issue 17, 17v): servers split the per-bot limit in whole messages a second by demand (ShareSplit). Each row
-- now carries the share its server holds — the largest it used in the last 1.5 s — besides its want (demand): a server
-- grows its share only into room the others' held shares leave. A row written by an older server counts as holding 1.
alter table send_pacer add column held integer not null default 1;
