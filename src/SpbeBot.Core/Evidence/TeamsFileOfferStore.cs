using Dapper;
using SpbeBot.Core.Storage;

namespace SpbeBot.Core.Evidence;

/// <summary>A stored file's size and type, as recorded when it was stored.</summary>
public sealed record StoredFileInfo(long Size, string ContentType);

/// <summary>A file offered to a Teams user through the file-consent card.</summary>
public sealed record TeamsFileOffer(string Sha256, string Name, long Size);

/// <summary>
/// The offers behind Teams file-consent cards: each is answered once and only by the user it was made to, so an invoke
/// cannot fetch any other stored file. The retention sweep deletes old offers.
/// </summary>
public sealed class TeamsFileOfferStore(ConnectionFactory db)
{
    /// <summary>Size and type of a stored evidence file; null when nothing is stored under that hash.</summary>
    public async Task<StoredFileInfo?> FindStoredAsync(string sha256, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<StoredFileInfo>(new CommandDefinition(
            "select size, content_type as ContentType from evidence_file where sha256 = @sha256", new { sha256 }, cancellationToken: ct));
    }

    /// <summary>A new offer of the stored file to <paramref name="userId"/>; its id goes into the consent card.</summary>
    public async Task<Guid> OfferAsync(string userId, string sha256, string name, long size, CancellationToken ct = default)
    {
        var offer = Guid.NewGuid();
        await using var connection = await db.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition("insert into teams_file_offer (id, user_id, sha256, name, size) values (@offer, @userId, @sha256, @name, @size)",
            new { offer, userId, sha256, name, size }, cancellationToken: ct));
        return offer;
    }

    /// <summary>Claims the offer for its answer, atomically: a second click, or another user's invoke, gets null.</summary>
    public async Task<TeamsFileOffer?> ClaimAsync(Guid id, string userId, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<TeamsFileOffer>(new CommandDefinition(
            "update teams_file_offer set answered_at = now() where id = @id and user_id = @userId and answered_at is null returning sha256, name, size",
            new { id, userId }, cancellationToken: ct));
    }

    /// <summary>The upload failed: the user may answer the same card again.</summary>
    public async Task ReopenAsync(Guid id, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition("update teams_file_offer set answered_at = null where id = @id", new { id }, cancellationToken: ct));
    }
}
