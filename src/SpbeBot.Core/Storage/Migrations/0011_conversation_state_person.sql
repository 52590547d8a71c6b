-- 0011 (issue 18, F1): a dialog step belongs to the person who started it, not to the whole chat. In a group chat
-- or a Teams channel, another member's answer must not continue (and file under) someone else's dialog. The key
-- becomes channel + chat + the sender's platform user id.
alter table conversation_state add column user_id text not null default '';

-- Existing rows keep working where the chat is one person's own:
-- Telegram private chats have the user's id as chat id (groups are negative); the terminal and demo chats are the user.
update conversation_state set user_id = chat_id
where channel <> 'teams' and chat_id !~ '^-';
-- Teams personal conversations ("a:…") are the ones stored as the user's conversation reference.
update conversation_state s set user_id = r.user_id
from conversation_reference r
where s.channel = 'teams' and r.channel = 'teams' and r.conversation_id = s.chat_id
  and s.chat_id not like '19:%' and s.user_id = '';
-- A step left open in a group chat cannot be told apart by person: it is dropped (the unfiled uploads stay as drafts,
-- "/berkas" picks them up again) rather than left for any member to continue.
delete from conversation_state where user_id = '';

alter table conversation_state drop constraint conversation_state_pkey;
alter table conversation_state add primary key (channel, chat_id, user_id);
alter table conversation_state alter column user_id drop default;
