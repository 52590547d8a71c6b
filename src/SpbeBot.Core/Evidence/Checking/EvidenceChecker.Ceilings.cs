using System.Text.RegularExpressions;
using SpbeBot.Core.Criteria.Elements;

namespace SpbeBot.Core.Evidence.Checking;

/// <summary>
/// Lowering rules (issue 22: never a verdict above what the text supports). Each puts a ceiling on what a document's own
/// words can show, from the Pedoman's criteria, not from a row: a service function the document lists with a status
/// that says it is not running is not offered (the Kriteria's layanan interaksi, transaksi and kolaborasi are functions
/// the running service offers); and an activity named by its act alone, whose object is another indicator's
/// ("pengadaan pegawai" under Layanan Pengadaan Barang dan Jasa), is that other activity's record.
/// </summary>
public sealed partial class EvidenceChecker
{
    sealed partial class LevelJudge
    {
        /// <summary>
        /// The hit's cell is followed, after a column gap (two spaces or more, or a bar), by a status cell that says the
        /// function is not running yet: "Pengembangan; uji coba direncanakan Januari 2027", "Rencana 2027", "Belum
        /// tersedia", "Nonaktif", "Segera hadir". Only the next cell: a later column's words ("Rencana integrasi") are
        /// another column's.
        /// </summary>
        static readonly Regex NotRunningStatus = new(
            @"^(?:(?![ \t]{2}|\|)[^\n])*(?:[ \t]{2,}|[ \t]*\|)[ \t]*(?:masih[ \t]+|dalam[ \t]+(?:tahap[ \t]+)?|tahap[ \t]+)?(pengembangan|dikembangkan|rencana|direncanakan|uji[ \t]+coba|belum|tidak[ \t]+aktif|nonaktif|non-aktif|segera[ \t]+hadir)\b",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        bool ListedNotRunning(PageText.Hit hit)
        {
            var text = page.Pages[hit.Page - 1];
            var from = hit.Index + hit.Length;
            var lineEnd = text.IndexOf('\n', from);
            return NotRunningStatus.IsMatch(text[from..(lineEnd < 0 ? text.Length : lineEnd)]);
        }
    }

    /// <summary>
    /// A practice topic named by an act and its object ("Pengadaan Barang dan Jasa", "Pengelolaan Barang Milik
    /// Negara/Daerah", "Pembangunan Aplikasi"): a document that never names the topic, names none of its object's words,
    /// and writes the act with another indicator's object ("SELEKSI PENGADAAN PEGAWAI …") records that other act.
    /// The act is an Indonesian pe(N)-…-an noun, whose object follows it.
    /// </summary>
    static bool OtherObjectOfTheAct(PageText page, FrameworkElements elements, IndicatorElements filed, List<string> words)
    {
        if (words.Count < 2 || !ActNoun.IsMatch(words[0])) return false;
        if (words.Skip(1).Any(w => TopicWords.Forms(w).Any(f => page.Find(@"\b" + Regex.Escape(f)) is not null))) return false;
        var others = elements.Indicators.Where(i => i.Indicator != filed.Indicator && !i.Topic.Equals(filed.Topic, StringComparison.OrdinalIgnoreCase))
            .SelectMany(i => i.TopicTerms.SelectMany(t => PageText.Fold(t).Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            .Where(w => w.Length >= 4 && !words.Contains(w) && !Topic.Generic.Contains(w)).ToHashSet();
        var act = new Regex(@"\b" + Regex.Escape(words[0]) + @"\s+(\w+)", RegexOptions.CultureInvariant);
        return page.Folded.Any(f => act.Matches(f).Any(m => others.Contains(m.Groups[1].Value)));
    }

    static readonly Regex ActNoun = new(@"^pe[a-z]{3,}an$", RegexOptions.CultureInvariant);
}
