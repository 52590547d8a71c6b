using System.Text.RegularExpressions;
using SpbeBot.Core.Criteria.Elements;

namespace SpbeBot.Core.Evidence.Checking;

/// <summary>
/// Work with other instansi directed in the ways the Kriteria Pemenuhan names besides integration (issue 22, wip-19ea):
/// Tim Koordinasi's level 4 is "arah koordinasi, kerja sama, atau integrasi penerapan SPBE dengan Instansi
/// Pusat/Pemerintah Daerah lain" — a task "melaksanakan koordinasi dan kerja sama penerapan SPBE dengan Instansi Pusat,
/// Pemerintah Provinsi …". The ways come with the element ("way:" qualifiers); the team's own name ("Tim Koordinasi") is none.
/// </summary>
public sealed partial class EvidenceChecker
{
    sealed partial class LevelJudge
    {
        /// <summary>The partner named after "&lt;way&gt; … dengan" in the hit's clause.</summary>
        bool DirectedWith(PageText.Hit hit, CriterionElement e)
        {
            var ways = e.Qualifiers.Where(q => q.StartsWith("way:", StringComparison.Ordinal)).Select(q => PageText.Phrase(q[4..])[2..^2]).ToList();
            if (ways.Count == 0) return false;
            var (start, _) = Clause(hit);
            var before = page.Folded[hit.Page - 1][start..hit.Index];
            return Regex.IsMatch(before, @"(?<!\btim\s)\b(" + string.Join("|", ways) + @")\b(?:\s+\w+){0,4}?\s+dengan\s+(?:[a-z]+\s+){0,3}?$", RegexOptions.CultureInvariant);
        }
    }
}
