using Dapper;
using Npgsql;
using SpbeBot.Core.Audit;
using SpbeBot.Core.Evidence;
using SpbeBot.Core.People;
using SpbeBot.Core.Storage;

namespace SpbeBot.Core.Plans;

/// <summary>
/// The follow-up plan: batch upsert (one transaction, natural key <see cref="PlanKey"/>), listing with filters,
/// progress updates. Every change writes an audit row in the same transaction.
/// </summary>
public sealed class PlanStore(ConnectionFactory db)
{
    // OPD names are fetched by a second query (OpdNamesAsync) rather than a per-row subquery: for 10,000 items that
    // is several times faster and keeps the plan simple (no JIT, no per-row aggregate).
    const string SelectItems =
        """
        select p.id, p.framework, p.year, p.indicator, p.service_name as ServiceName,
               p.current_level as CurrentLevel, p.target_level as TargetLevel, p.recommendation, p.action,
               p.deadline, p.status, p.created_at as CreatedAt, p.updated_at as UpdatedAt
        from plan_item p
        """;

    /// <summary>
    /// Stores a batch of drafts in ONE transaction: new keys are inserted, known keys updated when something
    /// differs, otherwise counted unchanged. If any row is invalid or names an unknown OPD (and
    /// <see cref="PlanUpsertOptions.CreateMissingOpds"/> is off), nothing is written and the result says why.
    /// </summary>
    public async Task<PlanUpsertResult> UpsertAsync(IReadOnlyList<PlanItemDraft> drafts, Actor actor, PlanUpsertOptions? options = null, CancellationToken ct = default)
    {
        options ??= new PlanUpsertOptions();
        var problems = Validate(drafts);
        if (problems.Count > 0) return new PlanUpsertResult { Problems = problems };

        await using var connection = await db.OpenAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        var (opdIds, missing) = await OpdStore.ResolveAsync(connection, tx, drafts.SelectMany(d => d.Opds), options.CreateMissingOpds, actor, ct);
        if (missing.Count > 0) return new PlanUpsertResult { UnknownOpds = missing };

        var existing = await LoadExistingAsync(connection, tx, drafts, ct);
        int updated = 0, unchanged = 0;
        var fresh = new List<Stored>();
        foreach (var draft in drafts)
        {
            var wanted = Stored.From(draft, ResolveOpds(draft, opdIds));
            if (!existing.TryGetValue(PlanKey.Of(draft), out var current))
            {
                fresh.Add(wanted);
                continue;
            }
            if (!options.ApplyStatus) wanted = wanted with { Status = current.Status };
            if (wanted.SameAs(current)) { unchanged++; continue; }
            await UpdateAsync(connection, tx, current.Id, wanted, ct);
            await AuditLog.WriteAsync(connection, tx, actor, "plan_item", current.Id, "update", current, wanted, ct);
            updated++;
        }
        await InsertManyAsync(connection, tx, fresh, actor, ct);
        if (options.DryRun) await tx.RollbackAsync(ct);
        else await tx.CommitAsync(ct);
        return new PlanUpsertResult { Created = fresh.Count, Updated = updated, Unchanged = unchanged };
    }

    static List<PlanRowProblem> Validate(IReadOnlyList<PlanItemDraft> drafts)
    {
        var problems = new List<PlanRowProblem>();
        var seen = new Dictionary<string, int?>();
        foreach (var d in drafts)
        {
            void Add(PlanRowProblemKind kind, int? number = null, int? firstRow = null) =>
                problems.Add(new PlanRowProblem(d.Row, kind) { Number = number, FirstRow = firstRow });
            if (string.IsNullOrWhiteSpace(d.Framework)) Add(PlanRowProblemKind.FrameworkEmpty);
            if (d.Year is < 2000 or > 2100) Add(PlanRowProblemKind.YearInvalid, d.Year);
            if (d.Indicator is < 1 or > 99) Add(PlanRowProblemKind.IndicatorInvalid, d.Indicator);
            if (d.CurrentLevel is < 1 or > 5) Add(PlanRowProblemKind.CurrentLevelInvalid, d.CurrentLevel);
            if (d.TargetLevel is < 1 or > 5) Add(PlanRowProblemKind.TargetLevelInvalid, d.TargetLevel);
            if (!Enum.IsDefined(d.Status)) Add(PlanRowProblemKind.StatusUnknown);
            if (string.IsNullOrWhiteSpace(d.Framework)) continue;
            var key = PlanKey.Of(d);
            if (seen.TryGetValue(key, out var first))
                Add(PlanRowProblemKind.Duplicate, d.Indicator, first);
            else
                seen[key] = d.Row;
        }
        return problems;
    }

    static List<long> ResolveOpds(PlanItemDraft draft, Dictionary<string, long> opdIds) =>
        draft.Opds.Select(OpdNameNormalizer.Normalize).Where(k => k.Length > 0).Select(k => opdIds[k]).Distinct().ToList();

    /// <summary>The stored items sharing a framework and year with the batch, by natural key.</summary>
    static async Task<Dictionary<string, Stored>> LoadExistingAsync(NpgsqlConnection connection, NpgsqlTransaction tx, IReadOnlyList<PlanItemDraft> drafts, CancellationToken ct)
    {
        var result = new Dictionary<string, Stored>();
        foreach (var group in drafts.GroupBy(d => (Framework: d.Framework.Trim().ToLowerInvariant(), d.Year)))
        {
            var rows = await connection.QueryAsync<Row>(new CommandDefinition(
                """
                select p.id, p.framework, p.year, p.indicator, p.service_name as ServiceName, p.current_level as CurrentLevel,
                       p.target_level as TargetLevel, p.recommendation, p.action, p.deadline, p.status,
                       coalesce((select array_agg(po.opd_id order by po.position) from plan_item_opd po where po.plan_item_id = p.id), '{}') as OpdIds
                from plan_item p
                where lower(p.framework) = @Framework and p.year = @Year
                for update of p
                """, new { group.Key.Framework, group.Key.Year }, tx, cancellationToken: ct));
            foreach (var row in rows)
            {
                var stored = row.ToStored();
                result[PlanKey.Of(stored.Framework, stored.Year, stored.Indicator, stored.ServiceName, stored.Action)] = stored;
            }
        }
        return result;
    }

    /// <summary>
    /// New items in three statements (items, OPD links, audit rows) instead of three per item: a 10,000-row import
    /// would otherwise spend seconds on round trips. Ids come back keyed by the natural key, which is unique.
    /// </summary>
    static async Task InsertManyAsync(NpgsqlConnection connection, NpgsqlTransaction tx, List<Stored> items, Actor actor, CancellationToken ct)
    {
        if (items.Count == 0) return;
        var rows = await connection.QueryAsync<(long Id, string Framework, int Year, int Indicator, string ServiceName, string ActionKey)>(new CommandDefinition(
            """
            insert into plan_item (framework, year, indicator, service_name, current_level, target_level, recommendation,
                                   action, action_key, deadline, status)
            select * from unnest(@Framework, @Year, @Indicator, @ServiceName, @CurrentLevel::smallint[], @TargetLevel::smallint[],
                                 @Recommendation, @Action, @ActionKey, @Deadline::date[], @Status)
            returning id, framework, year, indicator, service_name, action_key
            """,
            new
            {
                Framework = items.Select(i => i.Framework).ToArray(),
                Year = items.Select(i => i.Year).ToArray(),
                Indicator = items.Select(i => i.Indicator).ToArray(),
                ServiceName = items.Select(i => i.ServiceName).ToArray(),
                CurrentLevel = items.Select(i => (short?)i.CurrentLevel).ToArray(),
                TargetLevel = items.Select(i => (short?)i.TargetLevel).ToArray(),
                Recommendation = items.Select(i => i.Recommendation).ToArray(),
                Action = items.Select(i => i.Action).ToArray(),
                ActionKey = items.Select(i => PlanKey.NormalizeAction(i.Action)).ToArray(),
                Deadline = items.Select(i => i.Deadline?.ToDateTime(TimeOnly.MinValue)).ToArray(),
                Status = items.Select(i => DbEnum.ToText(i.Status)).ToArray(),
            }, tx, cancellationToken: ct));
        var ids = rows.ToDictionary(r => $"{r.Framework}|{r.Year}|{r.Indicator}|{r.ServiceName}|{r.ActionKey}", r => r.Id);
        long IdOf(Stored i) => ids[$"{i.Framework}|{i.Year}|{i.Indicator}|{i.ServiceName}|{PlanKey.NormalizeAction(i.Action)}"];

        var links = items.SelectMany(i => i.OpdIds.Select((opd, position) => (Item: IdOf(i), Opd: opd, Position: (short)(position + 1)))).ToList();
        await connection.ExecuteAsync(new CommandDefinition(
            "insert into plan_item_opd (plan_item_id, opd_id, position) select * from unnest(@Items, @Opds, @Positions)",
            new { Items = links.Select(l => l.Item).ToArray(), Opds = links.Select(l => l.Opd).ToArray(), Positions = links.Select(l => l.Position).ToArray() }, tx, cancellationToken: ct));
        await AuditLog.WriteCreatedAsync(connection, tx, actor, "plan_item", items.Select(i => ((object)IdOf(i), (object)(i with { Id = IdOf(i) }))).ToList(), ct);
    }

    static async Task UpdateAsync(NpgsqlConnection connection, NpgsqlTransaction tx, long id, Stored item, CancellationToken ct)
    {
        var parameters = new DynamicParameters(item.Parameters());
        parameters.Add("Id", id);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            update plan_item set current_level = @CurrentLevel, target_level = @TargetLevel, recommendation = @Recommendation,
                   action = @Action, deadline = @Deadline::date, status = @Status, updated_at = now()
            where id = @Id
            """, parameters, tx, cancellationToken: ct));
        await connection.ExecuteAsync(new CommandDefinition("delete from plan_item_opd where plan_item_id = @id", new { id }, tx, cancellationToken: ct));
        await InsertOpdsAsync(connection, tx, id, item.OpdIds, ct);
    }

    static Task InsertOpdsAsync(NpgsqlConnection connection, NpgsqlTransaction tx, long id, IReadOnlyList<long> opdIds, CancellationToken ct) =>
        opdIds.Count == 0 ? Task.CompletedTask : connection.ExecuteAsync(new CommandDefinition(
            """
            insert into plan_item_opd (plan_item_id, opd_id, position)
            select @id, opd_id, ord from unnest(@opdIds) with ordinality as t(opd_id, ord)
            """, new { id, opdIds = opdIds.ToArray() }, tx, cancellationToken: ct));

    public async Task<IReadOnlyList<PlanItem>> ListAsync(PlanFilter? filter = null, CancellationToken ct = default)
    {
        filter ??= new PlanFilter();
        await using var connection = await db.OpenAsync(ct);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            SelectItems +
            """

            where (@framework::text is null or lower(p.framework) = lower(@framework))
              and (@year::int is null or p.year = @year)
              and (@indicator::int is null or p.indicator = @indicator)
              and (@status::text is null or p.status = @status)
              and (@opdKey::text is null or exists (
                    select 1 from plan_item_opd x join opd_alias a on a.opd_id = x.opd_id
                    where x.plan_item_id = p.id and a.alias_key = @opdKey))
              and (@overdueAsOf::date is null or (p.deadline < @overdueAsOf::date and p.status in ('open', 'in-progress')))
            order by p.year, p.framework, p.indicator, p.deadline nulls last, p.id
            """,
            new
            {
                framework = filter.Framework,
                year = filter.Year,
                indicator = filter.Indicator,
                status = filter.Status is { } s ? DbEnum.ToText(s) : null,
                opdKey = filter.Opd is null ? null : OpdNameNormalizer.Normalize(filter.Opd),
                overdueAsOf = filter.OverdueAsOf?.ToDateTime(TimeOnly.MinValue),
            }, cancellationToken: ct));
        return await WithOpdsAsync(connection, null, rows.AsList(), ct);
    }

    /// <summary>
    /// What a criteria question about <paramref name="indicator"/> adds from the asker's own work, in ONE statement
    /// (issue 17.5; it was two or three): the first plan item of <paramref name="opd"/> for it, as <see cref="ListAsync"/>
    /// orders them (null without an OPD or an item), and with <paramref name="withEvidence"/> the instansi's current
    /// evidence for it, as <see cref="EvidenceStore.ListAsync"/> lists it (not superseded, at most 1,000).
    /// </summary>
    public async Task<(PlanItem? Item, IReadOnlyList<EvidenceRecord> Evidence)> ForQuestionAsync(
        string? opd, string framework, int year, int indicator, bool withEvidence, CancellationToken ct = default)
    {
        if (opd is null && !withEvidence) return (null, []);
        await using var connection = await db.OpenAsync(ct);
        // One row per evidence record (at least one row), each carrying the plan item; its OPD names by a per-row
        // subquery, which is cheap for the one item (ListAsync keeps its second query for long lists).
        var rows = await connection.QueryAsync<Row, EvidenceStore.Row?, (Row Item, EvidenceStore.Row? Evidence)>(new CommandDefinition(
            QuestionSql, new { opdKey = opd is null ? null : OpdNameNormalizer.Normalize(opd), framework, year, indicator, withEvidence }, cancellationToken: ct),
            (item, evidence) => (item, evidence), splitOn: "id");
        PlanItem? first = null;
        var records = new List<EvidenceRecord>();
        foreach (var (item, evidence) in rows)
        {
            if (first is null && item.Id != 0) first = item.ToPlanItem(item.OpdNames);
            if (evidence is { Id: not 0 }) records.Add(evidence.ToRecord());
        }
        return (first, records);
    }

    /// <summary>The statement of <see cref="ForQuestionAsync"/>, put together once (was per question: a 3 KB string each time, issue 17.5).</summary>
    static readonly string QuestionSql =
        "with pl as (" + SelectItems.Replace("from plan_item p", QuestionItemOpds + "\nfrom plan_item p", StringComparison.Ordinal) +
            """
                where @opdKey::text is not null and lower(p.framework) = lower(@framework) and p.year = @year and p.indicator = @indicator
                  and exists (select 1 from plan_item_opd x join opd_alias a on a.opd_id = x.opd_id
                              where x.plan_item_id = p.id and a.alias_key = @opdKey)
                order by p.year, p.framework, p.indicator, p.deadline nulls last, p.id
                limit 1
            ), ev as (
                select x.*, row_number() over (order by x.indicator nulls last, x.level, x.item, x.createdat, x.id) as position from (
            """ + EvidenceStore.Select +
            """
                where @withEvidence and e.framework = @framework and e.year = @year and e.indicator = @indicator and e.status <> 'superseded'
                order by e.indicator nulls last, e.level, e.item, e.created_at, e.id
                limit 1000) x
            )
            select pl.*, ev.* from (select) one left join pl on true left join ev on true
            order by ev.position
            """;

    const string QuestionItemOpds =
        """
               , array(select coalesce(o.abbreviation, o.name) from plan_item_opd po join opd o on o.id = po.opd_id
                       where po.plan_item_id = p.id order by po.position) as OpdNames
        """;

    public async Task<PlanItem?> GetAsync(long id, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        return await GetAsync(connection, null, id, ct);
    }

    static async Task<PlanItem?> GetAsync(NpgsqlConnection connection, NpgsqlTransaction? tx, long id, CancellationToken ct)
    {
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(SelectItems + " where p.id = @id", new { id }, tx, cancellationToken: ct));
        return (await WithOpdsAsync(connection, tx, rows.AsList(), ct)).SingleOrDefault();
    }

    /// <summary>Attaches each item's OPD display names, in the plan's order.</summary>
    static async Task<IReadOnlyList<PlanItem>> WithOpdsAsync(NpgsqlConnection connection, NpgsqlTransaction? tx, List<Row> rows, CancellationToken ct)
    {
        if (rows.Count == 0) return [];
        var names = (await connection.QueryAsync<OpdNameRow>(new CommandDefinition(
                """
                select po.plan_item_id as PlanItemId, coalesce(o.abbreviation, o.name) as Name
                from plan_item_opd po join opd o on o.id = po.opd_id
                where po.plan_item_id = any(@ids)
                order by po.plan_item_id, po.position
                """, new { ids = rows.Select(r => r.Id).ToArray() }, tx, cancellationToken: ct)))
            .GroupBy(n => n.PlanItemId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(n => n.Name).ToList());
        return rows.Select(r => r.ToPlanItem(names.GetValueOrDefault(r.Id, []))).ToList();
    }

    /// <summary>
    /// Records progress on an item: an optional status change and/or a note, logged in the progress log and the
    /// audit log. Returns the updated item, or null when there is no item with this id.
    /// </summary>
    public async Task<PlanItem?> UpdateProgressAsync(long planItemId, PlanStatus? newStatus, string? note, Actor actor, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        var status = await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            "select status from plan_item where id = @planItemId for update", new { planItemId }, tx, cancellationToken: ct));
        if (status is null) return null;
        var before = (await GetAsync(connection, tx, planItemId, ct))!;
        var next = newStatus ?? before.Status;
        await connection.ExecuteAsync(new CommandDefinition(
            """
            insert into progress_update (plan_item_id, person_id, actor, old_status, new_status, note)
            values (@planItemId, @PersonId, @Name, @old, @next, @note)
            """,
            new { planItemId, actor.PersonId, actor.Name, old = status, next = DbEnum.ToText(next), note = string.IsNullOrWhiteSpace(note) ? null : note.Trim() }, tx, cancellationToken: ct));
        await connection.ExecuteAsync(new CommandDefinition(
            "update plan_item set status = @next, updated_at = now() where id = @planItemId", new { planItemId, next = DbEnum.ToText(next) }, tx, cancellationToken: ct));
        var after = (await GetAsync(connection, tx, planItemId, ct))!;
        await AuditLog.WriteAsync(connection, tx, actor, "plan_item", planItemId, "progress", before, after, ct);
        await tx.CommitAsync(ct);
        return after;
    }

    public async Task<IReadOnlyList<ProgressUpdate>> ListProgressAsync(long planItemId, CancellationToken ct = default)
    {
        await using var connection = await db.OpenAsync(ct);
        var rows = await connection.QueryAsync<ProgressRow>(new CommandDefinition(
            """
            select id, plan_item_id as PlanItemId, person_id as PersonId, actor, at, old_status as OldStatus, new_status as NewStatus, note
            from progress_update where plan_item_id = @planItemId order by at, id
            """, new { planItemId }, cancellationToken: ct));
        return rows.Select(r => new ProgressUpdate
        {
            Id = r.Id,
            PlanItemId = r.PlanItemId,
            PersonId = r.PersonId,
            Actor = r.Actor,
            At = Utc(r.At),
            OldStatus = DbEnum.Parse<PlanStatus>(r.OldStatus)!.Value,
            NewStatus = DbEnum.Parse<PlanStatus>(r.NewStatus)!.Value,
            Note = r.Note,
        }).ToList();
    }

    static DateTimeOffset Utc(DateTime value) => DbTime.Utc(value);

    /// <summary>A plan item's stored fields as compared by the upsert (and written to the audit log).</summary>
    sealed record Stored
    {
        public long Id { get; init; }
        public required string Framework { get; init; }
        public int Year { get; init; }
        public int Indicator { get; init; }
        public string ServiceName { get; init; } = "";
        public int? CurrentLevel { get; init; }
        public int? TargetLevel { get; init; }
        public string? Recommendation { get; init; }
        public string? Action { get; init; }
        public DateOnly? Deadline { get; init; }
        public PlanStatus Status { get; init; }
        public IReadOnlyList<long> OpdIds { get; init; } = [];

        public static Stored From(PlanItemDraft d, IReadOnlyList<long> opdIds) => new()
        {
            Framework = d.Framework.Trim().ToLowerInvariant(),
            Year = d.Year,
            Indicator = d.Indicator,
            ServiceName = PlanKey.NormalizeService(d.ServiceName),
            CurrentLevel = d.CurrentLevel,
            TargetLevel = d.TargetLevel,
            Recommendation = Clean(d.Recommendation),
            Action = Clean(d.Action),
            Deadline = d.Deadline,
            Status = d.Status,
            OpdIds = opdIds,
        };

        static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

        /// <summary>Same content (key fields are equal by construction; id and framework spelling ignored).</summary>
        public bool SameAs(Stored other) =>
            CurrentLevel == other.CurrentLevel && TargetLevel == other.TargetLevel && Recommendation == other.Recommendation
            && Action == other.Action && Deadline == other.Deadline && Status == other.Status && OpdIds.SequenceEqual(other.OpdIds);

        public object Parameters() => new
        {
            Framework,
            Year,
            Indicator,
            ServiceName,
            CurrentLevel,
            TargetLevel,
            Recommendation,
            Action,
            ActionKey = PlanKey.NormalizeAction(Action),
            Deadline = Deadline?.ToDateTime(TimeOnly.MinValue),
            Status = DbEnum.ToText(Status),
        };
    }

    /// <summary>A plan_item row as the queries read it; each query fills the columns it selects.</summary>
    sealed class Row
    {
        public long Id { get; set; }
        public string Framework { get; set; } = "";
        public int Year { get; set; }
        public int Indicator { get; set; }
        public string ServiceName { get; set; } = "";
        public short? CurrentLevel { get; set; }
        public short? TargetLevel { get; set; }
        public string? Recommendation { get; set; }
        public string? Action { get; set; }
        public DateTime? Deadline { get; set; }
        public string Status { get; set; } = "";
        public DateTime CreatedAt { get; set; }
        public DateTime UpdatedAt { get; set; }
        public long[] OpdIds { get; set; } = [];
        /// <summary>The item's OPD display names in the plan's order (<see cref="ForQuestionAsync"/> only).</summary>
        public string[] OpdNames { get; set; } = [];

        DateOnly? DeadlineDate => Deadline is { } d ? DateOnly.FromDateTime(d) : null;
        PlanStatus PlanStatus => DbEnum.Parse<PlanStatus>(Status)!.Value;

        public Stored ToStored() => new()
        {
            Id = Id, Framework = Framework, Year = Year, Indicator = Indicator, ServiceName = ServiceName,
            CurrentLevel = CurrentLevel, TargetLevel = TargetLevel, Recommendation = Recommendation, Action = Action,
            Deadline = DeadlineDate, Status = PlanStatus, OpdIds = OpdIds,
        };

        public PlanItem ToPlanItem(IReadOnlyList<string> opds) => new()
        {
            Id = Id, Framework = Framework, Year = Year, Indicator = Indicator, ServiceName = ServiceName.Length == 0 ? null : ServiceName,
            CurrentLevel = CurrentLevel, TargetLevel = TargetLevel, Recommendation = Recommendation, Action = Action,
            Deadline = DeadlineDate, Status = PlanStatus, Opds = opds, CreatedAt = Utc(CreatedAt), UpdatedAt = Utc(UpdatedAt),
        };
    }

    sealed class OpdNameRow
    {
        public long PlanItemId { get; set; }
        public string Name { get; set; } = "";
    }

    sealed class ProgressRow
    {
        public long Id { get; set; }
        public long PlanItemId { get; set; }
        public long? PersonId { get; set; }
        public string Actor { get; set; } = "";
        public DateTime At { get; set; }
        public string OldStatus { get; set; } = "";
        public string NewStatus { get; set; } = "";
        public string? Note { get; set; }
    }
}
