using System.Globalization;
using SpbeBot.Core.Criteria;
using SpbeBot.Core.Evidence.Checking;
using SpbeBot.Tests.Infrastructure;

namespace SpbeBot.Tests.Evidence;

/// <summary>The evidence pre-check on a text document (pages split as the renderer does), without OCR: one helper for
/// the rule tests so each states only its document and the verdict it must get (<c>using static</c> it).</summary>
static class JudgeText
{
    static readonly CriteriaCatalog Catalog = CatalogStore.Shipped("spbe-2024");

    /// <param name="ocr">Judge the text as a scan's OCR text (what tesseract wrote, with its repairs).</param>
    /// <param name="asOf">The evaluation's reference date a reviu's two years are counted to; null: by year.</param>
    public static EvidenceCheck Judge(string text, int indicator, int? level = null, string? instansi = "Kabupaten Sukamaju", int year = 2026, bool ocr = false, DateOnly? asOf = null)
    {
        var pages = DocumentRenderer.Pages(text);
        return EvidenceChecker.Judge(new EvidenceCheckRequest("x.pdf", "x.pdf", "spbe-2024", indicator, level, year, AllowOcr: ocr, asOf),
            new DocumentText(pages, pages.Count, ocr, false, []), Catalog, instansi);
    }

    /// <summary>A document template filled in, numbers and dates as the document writes them whatever the machine's culture.</summary>
    public static string F(string format, params object[] args) => string.Format(CultureInfo.InvariantCulture, format, args);
}
