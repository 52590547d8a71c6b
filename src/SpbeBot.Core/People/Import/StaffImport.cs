using Dapper;
using Npgsql;
using SpbeBot.Core.Audit;
using SpbeBot.Core.Storage;

namespace SpbeBot.Core.People.Import;

public enum StaffOutcome { Created, Updated, Unchanged }

/// <summary>One person of an import: what happened to them and, while they have not joined, their personal invite.</summary>
public sealed record StaffImported(StaffEntry Entry, long PersonId, StaffOutcome Outcome, bool Joined, Invite? Invite);

public sealed record StaffImportResult(IReadOnlyList<StaffImported> People, IReadOnlyList<StaffProblem> Problems)
{
    public bool Succeeded => Problems.Count == 0;
}


/// <summary>
/// Stores a staff list: creates or updates each person (matched by phone, e-mail or Telegram username, else by name and
/// OPD) and gives everyone who has not joined a personal invite (an unused, unexpired one is kept), all in one
/// transaction: any conflict stores nothing. A dry run does the same work and rolls it back.
/// </summary>
public sealed class StaffImport(ConnectionFactory db, TimeProvider clock)
{
    /// <param name="beforeCommit">
    /// Runs with the result before the transaction commits (the CLI writes the invite workbook there): if it throws,
    /// nothing is stored, so there are never stored invites whose links nobody received.
    /// </param>
    public async Task<StaffImportResult> ApplyAsync(IReadOnlyList<StaffEntry> entries, Actor actor, bool dryRun, TimeSpan? validFor = null,
        Func<StaffImportResult, Task>? beforeCommit = null, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        // One import at a time: two coordinators importing overlapping lists would otherwise both create the same person.
        await connection.ExecuteAsync(new CommandDefinition("select pg_advisory_xact_lock(hashtext('spbebot:people-import'))", null, tx, cancellationToken: ct));
        var existing = (await connection.QueryAsync<PersonRow>(new CommandDefinition(
            """
            select p.id, p.name, p.role, p.opd_id as OpdId, p.phone, p.email, p.telegram_username as TelegramUsername,
                   exists (select 1 from chat_identity c where c.person_id = p.id) as Joined
            from person p order by p.id
            """, null, tx, cancellationToken: ct))).ToList();

        var done = new List<StaffImported>();
        var problems = new List<StaffProblem>();
        var claimed = new HashSet<long>();
        foreach (var entry in entries)
        {
            var byContact = existing.Where(p => (entry.Phone is not null && p.Phone == entry.Phone) || (entry.Email is not null && p.Email == entry.Email)
                                                || (entry.TelegramUsername is not null && p.TelegramUsername == entry.TelegramUsername)).Select(p => p.Id).Distinct().ToList();
            if (byContact.Count > 1)
            {
                problems.Add(new(entry.Row, StaffProblemKind.ContactTakenByAnother, string.Join(", ", existing.Where(p => byContact.Contains(p.Id)).Select(p => p.Name))));
                continue;
            }
            var match = byContact.Count == 1 ? existing.Single(p => p.Id == byContact[0])
                : existing.FirstOrDefault(p => p.OpdId == entry.OpdId && OpdNameNormalizer.Normalize(p.Name) == OpdNameNormalizer.Normalize(entry.Name) && !claimed.Contains(p.Id));
            if (match is not null && !claimed.Add(match.Id))
            {
                problems.Add(new(entry.Row, StaffProblemKind.DuplicateInFile, done.First(d => d.PersonId == match.Id).Entry.Row.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                continue;
            }

            long id;
            StaffOutcome outcome;
            var values = new
            {
                entry.Name, Role = DbEnum.ToText(entry.Role), entry.OpdId,
                Phone = entry.Phone ?? match?.Phone, Email = entry.Email ?? match?.Email, TelegramUsername = entry.TelegramUsername ?? match?.TelegramUsername,
            };
            if (match is null)
            {
                id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                    "insert into person (name, role, opd_id, phone, email, telegram_username) values (@Name, @Role, @OpdId, @Phone, @Email, @TelegramUsername) returning id",
                    values, tx, cancellationToken: ct));
                await AuditLog.WriteAsync(connection, tx, actor, "person", id, "import-create", null, values, ct);
                outcome = StaffOutcome.Created;
                claimed.Add(id);
            }
            else
            {
                id = match.Id;
                var before = new { match.Name, match.Role, match.OpdId, match.Phone, match.Email, match.TelegramUsername };
                if (before.Equals(values)) outcome = StaffOutcome.Unchanged;
                else
                {
                    await connection.ExecuteAsync(new CommandDefinition(
                        """
                        update person set name = @Name, role = @Role, opd_id = @OpdId, phone = @Phone, email = @Email,
                                          telegram_username = @TelegramUsername, updated_at = now()
                        where id = @id
                        """, new { id, values.Name, values.Role, values.OpdId, values.Phone, values.Email, values.TelegramUsername }, tx, cancellationToken: ct));
                    await AuditLog.WriteAsync(connection, tx, actor, "person", id, "import-update", before, values, ct);
                    outcome = StaffOutcome.Updated;
                }
            }
            var joined = match?.Joined ?? false;
            var invite = joined ? null : await CurrentInviteAsync(connection, tx, id, ct) ?? await CreatePersonalAsync(connection, tx, id, actor, clock.GetUtcNow() + (validFor ?? InviteStore.PersonalValidity), ct);
            done.Add(new StaffImported(entry, id, outcome, joined, invite));
        }

        var result = new StaffImportResult(done, problems);
        if (problems.Count > 0 || dryRun)
        {
            await tx.RollbackAsync(ct);
            return result;
        }
        if (beforeCommit is not null) await beforeCommit(result);
        await tx.CommitAsync(ct);
        return result;
    }

    async Task<Invite?> CurrentInviteAsync(NpgsqlConnection connection, NpgsqlTransaction tx, long personId, CancellationToken ct)
    {
        var row = await connection.QuerySingleOrDefaultAsync<InviteRow>(new CommandDefinition(
            """
            select i.code, i.role, i.opd_id as OpdId, coalesce(o.abbreviation, o.name) as OpdName, i.expires_at as ExpiresAt
            from invite i left join opd o on o.id = i.opd_id
            where i.person_id = @personId and i.used_at is null and i.expires_at > @now
            order by i.created_at desc, i.code limit 1
            """, new { personId, now = clock.GetUtcNow().UtcDateTime }, tx, cancellationToken: ct));
        return row is null ? null : new Invite
        {
            Code = row.Code, Role = DbEnum.Parse<PersonRole>(row.Role)!.Value, OpdId = row.OpdId, OpdName = row.OpdName, PersonId = personId,
            ExpiresAt = new DateTimeOffset(DateTime.SpecifyKind(row.ExpiresAt, DateTimeKind.Utc)),
        };
    }

    internal static async Task<Invite> CreatePersonalAsync(NpgsqlConnection connection, NpgsqlTransaction tx, long personId, Actor actor, DateTimeOffset expiresAt, CancellationToken ct)
    {
        var person = await connection.QuerySingleAsync<(string Role, long? OpdId, string? OpdName)>(new CommandDefinition(
            "select p.role, p.opd_id, coalesce(o.abbreviation, o.name) from person p left join opd o on o.id = p.opd_id where p.id = @personId",
            new { personId }, tx, cancellationToken: ct));
        var code = InviteCode.New();
        await connection.ExecuteAsync(new CommandDefinition(
            "insert into invite (code, role, opd_id, person_id, created_by, expires_at) values (@code, @Role, @OpdId, @personId, @createdBy, @expiresAt)",
            new { code, person.Role, person.OpdId, personId, createdBy = actor.Name, expiresAt = expiresAt.UtcDateTime }, tx, cancellationToken: ct));
        await AuditLog.WriteAsync(connection, tx, actor, "invite", code[..4] + "…", "create-personal", null, new { PersonId = personId, ExpiresAt = expiresAt }, ct);
        return new Invite { Code = code, Role = DbEnum.Parse<PersonRole>(person.Role)!.Value, OpdId = person.OpdId, OpdName = person.OpdName, PersonId = personId, ExpiresAt = expiresAt };
    }

    sealed class PersonRow
    {
        public long Id { get; set; }
        public string Name { get; set; } = "";
        public string Role { get; set; } = "";
        public long? OpdId { get; set; }
        public string? Phone { get; set; }
        public string? Email { get; set; }
        public string? TelegramUsername { get; set; }
        public bool Joined { get; set; }
    }

    sealed class InviteRow
    {
        public string Code { get; set; } = "";
        public string Role { get; set; } = "";
        public long? OpdId { get; set; }
        public string? OpdName { get; set; }
        public DateTime ExpiresAt { get; set; }
    }
}
