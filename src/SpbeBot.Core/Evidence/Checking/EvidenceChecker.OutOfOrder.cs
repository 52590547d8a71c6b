using System.Text.RegularExpressions;

namespace SpbeBot.Core.Evidence.Checking;

/// <summary>
/// A service function the document says is not working now (issue 22, wip-22va): "Fitur unduh dan pencarian sedang
/// dalam perbaikan", "menu unggah dinonaktifkan", "layanan pencarian mengalami gangguan". The Kriteria's levels are what
/// the service offers its users; a function out of order offers nothing, so its word is no evidence of the level.
/// </summary>
public sealed partial class EvidenceChecker
{
    sealed partial class LevelJudge
    {
        static readonly Regex OutOfOrderWords = new(
            @"\b(sedang\s+dalam\s+perbaikan|dalam\s+perbaikan|sedang\s+diperbaiki|nonaktif|non\s+aktif|dinonaktifkan|tidak\s+aktif|belum\s+aktif|mengalami\s+gangguan|sedang\s+gangguan|ditutup\s+sementara|dihentikan\s+sementara|aktif\s+kembali)\b",
            RegexOptions.CultureInvariant);

        /// <summary>The hit's clause says the function is out of order, disabled or waiting to work again.</summary>
        bool OutOfOrder(PageText.Hit hit)
        {
            var (start, end) = Clause(hit);
            return OutOfOrderWords.IsMatch(page.Folded[hit.Page - 1][start..end]);
        }
    }
}
