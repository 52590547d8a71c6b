using System.Text.RegularExpressions;

namespace SpbeBot.Core.Questions;

public sealed partial class SituationReader
{
    /// <summary>
    /// Service ladder: the chat and English ways of saying a step is done outside the system ("persetujuannya masih di luar
    /// aplikasi", "pengajuan masih lewat surat", "tanda tangan basah", "approval happens outside the app") are read as
    /// "manual" ([words manual]), so the clause's service notions are denied like "persetujuan masih manual". Work done "di
    /// excel" is too, and so is what is "ga lewat sistem"; an Excel file uploaded ("upload RKA excel", "unduh file excel") is not.
    /// </summary>
    static string OutsideTheSystem(string question) =>
        NotThrough().Replace(InSpreadsheet().Replace(ByLetter().Replace(WetSignature().Replace(Outside().Replace(question, " manual "), " manual "), "$1 manual"), " manual "), " manual ");

    /// <summary>"transaksi pengadaan ga lewat sistem", "tidak melalui aplikasi": not through the system is outside it.</summary>
    [GeneratedRegex(@"\b(?:tidak|tdk|ga|gak|nggak|ngga|enggak|nyanda|not)\s+(?:lewat|melalui|via|through|di)\s+(?:sistem|aplikasi|system|app|the\s+system|the\s+app)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotThrough();

    [GeneratedRegex(@"\b(?:di|in|on|pakai|pake|using)\s+(?:excel|spreadsheets?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex InSpreadsheet();

    [GeneratedRegex(@"\b(?:di\s+)?luar\s+(?:aplikasi|sistem|system|app)\b|\boutside\s+(?:of\s+)?(?:the\s+)?(?:app|application|system|portal)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Outside();

    [GeneratedRegex(@"\b(?:tanda\s*tangan|ttd)\s+basah\b|\bwet(?:-ink)?\s+signatures?\b", RegexOptions.IgnoreCase)]
    private static partial Regex WetSignature();

    [GeneratedRegex(@"\b(masih|lewat|via|pakai|pake|melalui|still|by)\s+(?:surat|letters?|kertas|paper)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ByLetter();
}
