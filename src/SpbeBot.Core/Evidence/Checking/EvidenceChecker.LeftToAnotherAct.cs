using System.Text.RegularExpressions;

namespace SpbeBot.Core.Evidence.Checking;

/// <summary>
/// A part a policy leaves to another act (issue 22, wip-36ev): "Ketentuan mengenai standar kualitas data dan
/// interoperabilitas data diatur lebih lanjut dengan Keputusan Gubernur" (set 31 Z03) names kualitas data and
/// interoperabilitas as the subject of a delegation — the Pergub does not regulate them; the Keputusan it announces will.
/// The Kriteria ask what the kebijakan "mengatur" (Manajemen Data level 4: "seluruh rangkaian proses"), so the named part
/// counts only where the policy regulates it elsewhere in its articles. The same cause as set 23 R06's "… akan ditetapkan
/// tersendiri" (<see cref="LevelJudge.ToCome"/>), written without "akan" or "tersendiri". Only the delegating sentence's
/// own hit is dropped: a Perbup's "Ketentuan lebih lanjut mengenai X diatur dengan …" after articles that regulate X
/// keeps X through those articles. "sebagaimana/yang diatur dalam" cites a regulation already in force, not a delegation.
/// </summary>
public sealed partial class EvidenceChecker
{
    sealed partial class LevelJudge
    {
        /// <summary>"diatur (lebih lanjut) dengan/dalam/melalui" an act of the Pemda or its units, not after "sebagaimana"/"yang (telah)".</summary>
        static readonly Regex Delegation = new(
            @"(?<!\bsebagaimana\s)(?<!\byang\s)(?<!\btelah\s)\bdiatur\s+(?:lebih\s+lanjut\s+)?(?:dengan|dalam|melalui)\s+(?:peraturan|keputusan|perbup|perwal|perwali|perwako|pergub|perkada|kepbup|kepwal|kepgub|instruksi|surat\s+edaran|prosedur\s+operasional|standar\s+operasional|sop|pedoman|petunjuk\s+teknis|juknis)\b",
            RegexOptions.CultureInvariant);

        /// <summary>The hit is the subject of a delegation: the delegating verb follows it in its sentence.</summary>
        bool LeftToAnotherAct(PageText.Hit hit)
        {
            var (start, end) = ClauseToItsEnd(hit);
            var text = page.Folded[hit.Page - 1];
            var delegation = Delegation.Match(text[start..end]);
            return delegation.Success && start + delegation.Index >= hit.Index + hit.Length;
        }
    }
}
