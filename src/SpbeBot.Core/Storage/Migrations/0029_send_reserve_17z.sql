-- 0029 (issue 17, 17z): the reply reserve. While several servers send for one bot, their shares split the limit less one
-- message a second (ShareSplit.Reserve), and that message is a reserve any server's reply takes when its own share has
-- no room: one row per channel, the moment the reserve was last taken (SendShares.TakeReserveAsync). Unlogged: lost in a
-- crash, the reserve is simply free again (a restart takes longer than the second it guards).
create unlogged table send_reserve (
    channel text primary key,
    taken_at timestamptz not null
);
