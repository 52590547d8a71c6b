using Dapper;
using SpbeBot.Tests.Infrastructure;

namespace SpbeBot.Tests.Storage;

/// <summary>
/// Migration 0011 (issue 18, F1) on steps stored by the previous version: one person's own chats keep their step under
/// that person; steps left open in group chats and Teams channels, which nobody can attribute, are dropped.
/// </summary>
[Trait("Kind", "Slow")]
public class ConversationStateMigrationTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    static string Script(string name) => File.ReadAllText(RepoFiles.Find("src/SpbeBot.Core/Storage/Migrations/" + name));

    [Fact]
    public async Task Existing_steps_of_private_chats_keep_working_and_group_steps_are_dropped()
    {
        await using var connection = await db.Connections.OpenAsync();
        // The tables as 0002 and 0007 left them, in a schema of their own.
        await connection.ExecuteAsync("drop schema if exists m0011 cascade; create schema m0011; set search_path to m0011");
        await connection.ExecuteAsync(Script("0002_conversation_state.sql"));
        await connection.ExecuteAsync(Script("0007_conversation_reference.sql"));
        await connection.ExecuteAsync(
            """
            insert into conversation_state (channel, chat_id, step) values
                ('telegram', '7101', 'progress-note:12:done'), ('telegram', '-5001', 'broadcast-text'),
                ('teams', 'a:personal-1', 'broadcast-text'), ('teams', '19:channel@thread.tacv2', 'broadcast-text'),
                ('terminal', 'budi', 'broadcast-text');
            insert into conversation_reference (channel, user_id, conversation_id, service_url) values
                ('teams', '29:user-1', 'a:personal-1', 'https://smba.example/'), ('teams', '29:user-2', '19:channel@thread.tacv2', 'https://smba.example/');
            """);

        await connection.ExecuteAsync(Script("0011_conversation_state_person.sql"));

        var rows = (await connection.QueryAsync<(string, string, string)>("select channel, chat_id, user_id from conversation_state order by channel, chat_id")).ToList();
        Assert.Equal([("teams", "a:personal-1", "29:user-1"), ("telegram", "7101", "7101"), ("terminal", "budi", "budi")], rows);
        // Each member of a group chat now has a step of their own.
        await connection.ExecuteAsync("insert into conversation_state (channel, chat_id, user_id, step) values ('telegram', '-5001', '1', 'a'), ('telegram', '-5001', '2', 'b')");
        await connection.ExecuteAsync("drop schema m0011 cascade; set search_path to public");
    }
}
