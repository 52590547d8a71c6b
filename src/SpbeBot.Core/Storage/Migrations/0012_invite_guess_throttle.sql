-- 0012 (issue 18, F15): wrong invite codes per chat account, so guessing codes is throttled (5 wrong codes per 15
-- minutes) and a restart does not reset the count. Rows older than a day are deleted as new guesses arrive.
create table invite_guess (
    channel     text not null,
    external_id text not null,
    guessed_at  timestamptz not null
);
create index invite_guess_account on invite_guess (channel, external_id, guessed_at);
