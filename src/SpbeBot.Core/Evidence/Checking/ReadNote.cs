namespace SpbeBot.Core.Evidence.Checking;

/// <summary>
/// One thing the reader could not (fully) read, as data: dialogs/…/PrecheckTexts words it in the person's language
/// (the CLI in Indonesian). Never an exception's text.
/// </summary>
/// <param name="Code">One of the constants below.</param>
/// <param name="From">page-cap: pages read; ocr-timeout: first page not read; blank-pages: how many; too-large: the limit in MB.</param>
/// <param name="To">page-cap, ocr-timeout: the document's last page.</param>
public sealed record ReadNote(string Code, int? From = null, int? To = null)
{
    public const string Macro = "macro";
    public const string EmptyFile = "empty-file";
    public const string Encrypted = "encrypted";
    public const string Corrupt = "corrupt";
    public const string UnsafeArchive = "unsafe-archive";
    public const string LegacyOffice = "legacy-office";
    public const string Zip = "zip";
    public const string UnsupportedFormat = "unsupported-format";
    public const string UnknownKind = "unknown-kind";
    public const string PageCap = "page-cap";
    public const string NeedsOcr = "needs-ocr";
    public const string OcrMissing = "ocr-missing";
    public const string OcrTimeout = "ocr-timeout";
    public const string BlankPages = "blank-pages";
    public const string NoText = "no-text";
    /// <summary><c>spbebot evidence check</c> only: a file the upload would refuse (over the size limit; a name whose
    /// extension is not what the content is), not read, as the upload would not take it.</summary>
    public const string TooLarge = "too-large";
    public const string Disguised = "disguised";
}

/// <summary>
/// One remark of the verdict, as data (code and arguments): dialogs/…/PrecheckTexts words it in the person's language,
/// the CLI in Indonesian. Stored with the verdict and written to the JSON as it is.
/// </summary>
/// <param name="Number">An indicator, a year, a level or a percentage, as the code says.</param>
/// <param name="Other">A second number (the evaluation year, the filed level, the filed indicator).</param>
/// <param name="Name">A name (framework, topic, instansi named in the document).</param>
/// <param name="OtherName">A second name (the configured instansi).</param>
public sealed record CheckNote(string Code, int? Number = null, int? Other = null, string? Name = null, string? OtherName = null)
{
    /// <summary>Name: the framework.</summary>
    public const string UnknownFramework = "unknown-framework";
    /// <summary>Number: the indicator; Name: the framework.</summary>
    public const string UnknownIndicator = "unknown-indicator";
    /// <summary>No text could be read and the reader said nothing more.</summary>
    public const string NoText = "no-text";
    /// <summary>Name: the instansi the document names; OtherName: the configured one.</summary>
    public const string OtherInstansi = "other-instansi";
    /// <summary>Number: the filed indicator; Name: its topic.</summary>
    public const string OffTopic = "off-topic";
    /// <summary>Number: the indicator it seems to belong to; Name: that indicator's name; Other: the filed indicator.</summary>
    public const string SeemsOther = "seems-other";
    /// <summary>A reviu/evaluasi report older than two years. Number: its year; Other: the evaluation year.</summary>
    public const string StaleReview = "stale-review";
    /// <summary>Another report (audit…) older than two years. Number: its year; Other: the evaluation year.</summary>
    public const string StaleReport = "stale-report";
    /// <summary>The criteria name nothing checkable in a document. Number: the indicator.</summary>
    public const string NothingCheckable = "nothing-checkable";
    /// <summary>A service indicator's document shows no function of the application. Name: the topic.</summary>
    public const string NoServiceFunction = "no-service-function";
    /// <summary>A service indicator's document names no electronic service at all: level 0. Name: the topic.</summary>
    public const string NoElectronicService = "no-electronic-service";
    /// <summary>OCR read the document badly. Number: the percentage of garbled lines.</summary>
    public const string OcrGarbled = "ocr-garbled";
    /// <summary>Number: the level the text supports; Other: the level it was filed for.</summary>
    public const string BelowFiled = "below-filed";
    /// <summary>Still a draft (rancangan/konsep): not ditetapkan.</summary>
    public const string Draft = "draft";
    /// <summary>No penetapan/signature block.</summary>
    public const string Unsigned = "unsigned";
}
