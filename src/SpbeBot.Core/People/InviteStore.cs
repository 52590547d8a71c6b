using Dapper;
using SpbeBot.Core.Audit;
using SpbeBot.Core.Storage;

namespace SpbeBot.Core.People;

/// <summary>Creates and redeems single-use invite codes.</summary>
public sealed class InviteStore(ConnectionFactory db, TimeProvider? clock = null)
{
    public static readonly TimeSpan DefaultValidity = TimeSpan.FromDays(7);

    /// <summary>Wrong invite codes one chat account may try within <see cref="GuessWindow"/> before it must wait.</summary>
    public const int MaxWrongGuesses = 5;
    public static readonly TimeSpan GuessWindow = TimeSpan.FromMinutes(15);
    /// <summary>Personal invites from a staff list: printed for a kick-off meeting, so they last longer.</summary>
    public static readonly TimeSpan PersonalValidity = TimeSpan.FromDays(30);
    readonly TimeProvider _clock = clock ?? TimeProvider.System;

    public async Task<Invite> CreateAsync(PersonRole role, long? opdId, Actor actor, TimeSpan? validFor = null, CancellationToken ct = default)
    {
        var expiresAt = _clock.GetUtcNow() + (validFor ?? DefaultValidity);
        await using var connection = await db.OpenAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        var code = InviteCode.New();
        await connection.ExecuteAsync(new CommandDefinition(
            "insert into invite (code, role, opd_id, created_by, expires_at) values (@code, @role, @opdId, @createdBy, @expiresAt)",
            new { code, role = DbEnum.ToText(role), opdId, createdBy = actor.Name, expiresAt = expiresAt.UtcDateTime }, tx, cancellationToken: ct));
        var opdName = opdId is null ? null : await connection.ExecuteScalarAsync<string>(new CommandDefinition(
            "select coalesce(abbreviation, name) from opd where id = @opdId", new { opdId }, tx, cancellationToken: ct));
        var invite = new Invite { Code = code, Role = role, OpdId = opdId, OpdName = opdName, ExpiresAt = expiresAt };
        // The audit row leaves the code out: the log is read by more people than should be able to join.
        await AuditLog.WriteAsync(connection, tx, actor, "invite", code[..4] + "…", "create", null, new { invite.Role, invite.OpdId, invite.ExpiresAt }, ct);
        await tx.CommitAsync(ct);
        return invite;
    }

    /// <summary>
    /// Redeems a code for the chat account <paramref name="identity"/>: creates the person with the invite's role and
    /// OPD and marks the code used, all in one transaction. A used, expired or unknown code changes nothing.
    /// </summary>
    public async Task<InviteRedemption> RedeemAsync(string code, string personName, ChatIdentity identity, string language = "id", CancellationToken ct = default)
    {
        code = InviteCode.Clean(code);
        await using var connection = await db.OpenAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        var now = _clock.GetUtcNow();
        // Guessing codes (F15): after MaxWrongGuesses wrong codes within GuessWindow, no code is even looked at.
        var wrong = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "select count(*) from invite_guess where channel = @Channel and external_id = @ExternalId and guessed_at > @since",
            new { identity.Channel, identity.ExternalId, since = now - GuessWindow }, tx, cancellationToken: ct));
        if (wrong >= MaxWrongGuesses) return new(RedeemStatus.TooManyGuesses);
        // "for update" makes two simultaneous redemptions of one code queue up: only the first succeeds.
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            "select role, opd_id as OpdId, person_id as PersonId, expires_at as ExpiresAt, used_at as UsedAt from invite where code = @code for update", new { code }, tx, cancellationToken: ct));
        if (row is null)
        {
            // A wrong code counts against the chat account, durably (a restart does not reset it).
            await connection.ExecuteAsync(new CommandDefinition(
                """
                delete from invite_guess where channel = @Channel and external_id = @ExternalId and guessed_at < @old;
                insert into invite_guess (channel, external_id, guessed_at) values (@Channel, @ExternalId, @now)
                """, new { identity.Channel, identity.ExternalId, old = now.AddDays(-1), now }, tx, cancellationToken: ct));
            await tx.CommitAsync(ct);
            return new(RedeemStatus.NotFound);
        }
        if (row.UsedAt is not null) return new(RedeemStatus.AlreadyUsed);
        if (DateTime.SpecifyKind(row.ExpiresAt, DateTimeKind.Utc) <= _clock.GetUtcNow().UtcDateTime) return new(RedeemStatus.Expired);
        var taken = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            "select person_id from chat_identity where channel = @Channel and external_id = @ExternalId", identity, tx, cancellationToken: ct));
        if (taken is not null) return new(RedeemStatus.IdentityTaken);

        var actor = new Actor($"{identity.Channel}:{identity.ExternalId}");
        if (row.PersonId is { } personalId)
        {
            // A personal invite (people import): the chat account joins the person the coordinator already entered.
            await PersonStore.LinkChatAsync(connection, tx, personalId, identity, actor with { PersonId = personalId }, ct);
            await connection.ExecuteAsync(new CommandDefinition(
                "update invite set used_at = now(), used_by = @personalId where code = @code", new { personalId, code }, tx, cancellationToken: ct));
            await AuditLog.WriteAsync(connection, tx, actor with { PersonId = personalId }, "invite", code[..4] + "…", "redeem", null, new { PersonId = personalId }, ct);
            var personal = await PersonStore.GetAsync(connection, tx, personalId, ct);
            await tx.CommitAsync(ct);
            return new(RedeemStatus.Joined, personal);
        }
        var draft = new PersonDraft { Name = personName, Role = DbEnum.Parse<PersonRole>(row.Role)!.Value, OpdId = row.OpdId, Language = language };
        var person = await PersonStore.InsertAsync(connection, tx, draft, actor, ct);
        await PersonStore.LinkChatAsync(connection, tx, person.Id, identity, actor with { PersonId = person.Id }, ct);
        await connection.ExecuteAsync(new CommandDefinition(
            "update invite set used_at = now(), used_by = @id where code = @code", new { id = person.Id, code }, tx, cancellationToken: ct));
        await AuditLog.WriteAsync(connection, tx, actor with { PersonId = person.Id }, "invite", code[..4] + "…", "redeem", null, new { PersonId = person.Id }, ct);
        await tx.CommitAsync(ct);
        return new(RedeemStatus.Joined, person with { Identities = [identity] });
    }

    /// <summary>People who have no chat account yet and were invited personally, with their newest invite (null when none).</summary>
    public async Task<IReadOnlyList<PendingPerson>> PendingAsync(CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        var rows = await connection.QueryAsync<PendingRow>(new CommandDefinition(
            """
            select p.id as PersonId, p.name, p.role, coalesce(o.abbreviation, o.name) as OpdName, i.code as InviteCode, i.expires_at as InviteExpiresAt
            from person p
            left join opd o on o.id = p.opd_id
            left join lateral (select code, expires_at from invite where person_id = p.id and used_at is null
                               order by created_at desc, code limit 1) i on true
            where not exists (select 1 from chat_identity c where c.person_id = p.id)
              and (p.phone is not null or p.email is not null or p.telegram_username is not null
                   or exists (select 1 from invite x where x.person_id = p.id))
            order by coalesce(o.abbreviation, o.name) nulls first, p.name, p.id
            """, cancellationToken: ct));
        return rows.Select(r => new PendingPerson(r.PersonId, r.Name, DbEnum.Parse<PersonRole>(r.Role)!.Value, r.OpdName, r.InviteCode,
            r.InviteExpiresAt is { } e ? new DateTimeOffset(DateTime.SpecifyKind(e, DateTimeKind.Utc)) : null)).ToList();
    }

    /// <summary>
    /// A new personal invite for someone who has not joined; their earlier unused invites stop working (a lost or
    /// forwarded link is then useless). Null when the person is unknown or has already joined.
    /// </summary>
    public async Task<Invite?> ReissueAsync(long personId, Actor actor, TimeSpan? validFor = null, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        var state = await connection.QuerySingleOrDefaultAsync<bool?>(new CommandDefinition(
            "select exists (select 1 from chat_identity c where c.person_id = p.id) from person p where p.id = @personId for update",
            new { personId }, tx, cancellationToken: ct));
        if (state is null or true) return null;
        await connection.ExecuteAsync(new CommandDefinition(
            "delete from invite where person_id = @personId and used_at is null", new { personId }, tx, cancellationToken: ct));
        var invite = await Import.StaffImport.CreatePersonalAsync(connection, tx, personId, actor, _clock.GetUtcNow() + (validFor ?? PersonalValidity), ct);
        await tx.CommitAsync(ct);
        return invite;
    }

    sealed class PendingRow
    {
        public long PersonId { get; set; }
        public string Name { get; set; } = "";
        public string Role { get; set; } = "";
        public string? OpdName { get; set; }
        public string? InviteCode { get; set; }
        public DateTime? InviteExpiresAt { get; set; }
    }

    sealed class Row
    {
        public string Role { get; set; } = "";
        public long? OpdId { get; set; }
        public long? PersonId { get; set; }
        public DateTime ExpiresAt { get; set; }
        public DateTime? UsedAt { get; set; }
    }
}
