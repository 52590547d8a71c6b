using SpbeBot.Core.People;
using SpbeBot.Dialogs.Common;
using SpbeBot.Dialogs.Conversation;

namespace SpbeBot.Dialogs.Digest;

/// <summary>"/ringkasan": this week's digest on demand, for the Tim Koordinasi, coordinators and admins.</summary>
static class DigestDialog
{
    public static async Task<IReadOnlyList<Reply>> HandleAsync(Turn turn)
    {
        if (turn.Person.Role is PersonRole.Operator) return Turn.One(turn.Texts.NotAllowed);
        var digest = await turn.Services.Digests.BuildAsync(turn.Today, turn.Ct);
        if (digest is null) return Turn.One(turn.Texts.NoInstansi);
        var root = Path.Combine(Path.GetTempPath(), "spbebot-ringkasan");
        DigestFiles.RemoveOlderThan(root, TimeSpan.FromDays(1), turn.Services.Clock.GetUtcNow());
        var files = DigestFiles.Write(digest, Path.Combine(root, Guid.NewGuid().ToString("N")));
        var replies = new List<Reply>
        {
            Reply.Plain(files.Message) with { File = new ReplyFile(files.ChartPath, Path.GetFileName(files.ChartPath), "image/png", IsImage: true) },
        };
        if (files.TrendPath is { } trend)
            replies.Add(Reply.Plain(DigestTexts.TrendCaption(digest)) with { File = new ReplyFile(trend, Path.GetFileName(trend), "image/png", IsImage: true) });
        replies.Add(Reply.Plain(DigestTexts.WorkbookCaption) with
        {
            File = new ReplyFile(files.WorkbookPath, Path.GetFileName(files.WorkbookPath), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        });
        return replies;
    }
}
