namespace SpbeBot.Core.Evidence.Checking;

/// <summary>
/// What the pre-check of one uploaded document is asked: the file as stored, and the indicator (and, if chosen, the
/// level) it is filed for, in the framework and year of the filing.
/// </summary>
/// <param name="AllowOcr">False in a chat's path: a scan is then reported with <see cref="EvidenceCheck.NeedsOcr"/> and read by the background job.</param>
/// <param name="AsOf">The evaluation's reference date: a reviu dated to the day is "masih berlaku (&lt;2 tahun)" when it is less than two
/// years older than this date. Null where the date is not known: a reviu's age is then counted by year (evaluation year − its year).</param>
public sealed record EvidenceCheckRequest(string FilePath, string FileName, string Framework, int Indicator, int? Level, int Year, bool AllowOcr, DateOnly? AsOf = null);

/// <summary>What the document says about itself, read from its text. Null where the text does not say.</summary>
/// <param name="Kind">Peraturan Bupati, Keputusan Walikota, Surat Edaran, SOP, Laporan, Notulensi, Undangan, …</param>
/// <param name="Signed">A penetapan/signature block was found ("Ditetapkan di …", the official's name under the title).</param>
/// <param name="Draft">RANCANGAN, DRAF, KONSEP, or "NOMOR … TAHUN …" left blank.</param>
/// <param name="Instansi">The Pemda the document names (e.g. "Kabupaten Sukamaju").</param>
public sealed record DocumentFacts(string? Kind, string? Number, int? Year, DateOnly? Date, bool Signed, bool Draft, string? Instansi);

/// <summary>One element of a criterion found in the document, with a short verbatim quote and its page (1-based).</summary>
public sealed record FoundElement(string Element, string Quote, int Page);

/// <summary>Flags a pre-check can raise; advisory only — they never block filing or change a verification.</summary>
public static class EvidenceCheckFlags
{
    public const string Draft = "draft";
    public const string Unsigned = "unsigned";
    public const string Stale = "stale";
    public const string OffTopic = "off-topic";
    public const string OtherInstansi = "other-instansi";
    public const string Unreadable = "unreadable";
}

/// <summary>
/// The verdict: the highest level the document's text supports, each element found with its quote, what the next level
/// still needs, and flags. Never a level above what the text shows. <see cref="Level"/> is 0 when the text supports no
/// level of the indicator it is filed for (off-topic, another instansi's document, a draft where level 1 already needs
/// ditetapkan, a reviu older than two years as its only content); null only when it cannot be judged (the criteria name
/// nothing checkable in a document, or no text could be read).
/// </summary>
/// <param name="SeemsIndicator">With the off-topic flag: the indicator the document seems to belong to.</param>
/// <param name="NeedsOcr">The text layer was empty or too thin and OCR was not allowed in this call.</param>
/// <param name="Notes">The verdict's remarks as codes with their arguments (below the filed level, stale, draft…); dialogs/
/// words them in the person's language.</param>
public sealed record EvidenceCheck(
    string Framework, int Indicator, int? Level, bool Ocr, IReadOnlyList<string> Flags, IReadOnlyList<FoundElement> Found,
    IReadOnlyList<string> Missing, DocumentFacts Document, int? SeemsIndicator, bool NeedsOcr, int Pages, IReadOnlyList<CheckNote> Notes)
{
    /// <summary>What could not be read (pages beyond the cap, encrypted, corrupt, no text…) as data, for dialogs/ to word
    /// in the person's language.</summary>
    public IReadOnlyList<ReadNote> Reading { get; init; } = [];
}

/// <summary>Reads a document against the criterion it is filed for. Pure reading: it changes nothing stored.</summary>
public interface IEvidenceChecker
{
    Task<EvidenceCheck> CheckAsync(EvidenceCheckRequest request, CancellationToken ct);
}
