using System.Collections.Concurrent;
using SpbeBot.Core.Evidence.Checking;

namespace SpbeBot.Tests.Evidence;

/// <summary>
/// A test double of the document checker (the real one is issue 22 part A): answers with the verdict the test chooses
/// for each request, and records every request it was asked.
/// </summary>
sealed class ScriptedChecker(Func<EvidenceCheckRequest, CancellationToken, Task<EvidenceCheck>> answer) : IEvidenceChecker
{
    public ScriptedChecker(Func<EvidenceCheckRequest, EvidenceCheck> answer) : this((request, _) => Task.FromResult(answer(request)))
    {
    }

    public ConcurrentQueue<EvidenceCheckRequest> Requests { get; } = new();

    public Task<EvidenceCheck> CheckAsync(EvidenceCheckRequest request, CancellationToken ct)
    {
        Requests.Enqueue(request);
        return answer(request, ct);
    }

    public static readonly DocumentFacts NoFacts = new(null, null, null, null, false, false, null);

    /// <summary>A verdict for a request, with what the test names.</summary>
    public static EvidenceCheck Verdict(EvidenceCheckRequest r, int? level, string[]? flags = null, FoundElement[]? found = null, string[]? missing = null,
        bool ocr = false, bool needsOcr = false, CheckNote[]? notes = null, int? seems = null, DocumentFacts? document = null, int pages = 3, ReadNote[]? reading = null) =>
        new(r.Framework, r.Indicator, level, ocr, flags ?? [], found ?? [], missing ?? [], document ?? NoFacts, seems, needsOcr, pages, notes ?? []) { Reading = reading ?? [] };

    /// <summary>A scan: nothing readable without OCR; with OCR, <paramref name="withOcr"/>.</summary>
    public static EvidenceCheck Scan(EvidenceCheckRequest r, Func<EvidenceCheckRequest, EvidenceCheck> withOcr) =>
        r.AllowOcr ? withOcr(r) : Verdict(r, null, needsOcr: true, pages: 4);
}
