using System.Text.RegularExpressions;
using SpbeBot.Core.Criteria.Elements;

namespace SpbeBot.Core.Evidence.Checking;

/// <summary>
/// A service indicator's functions as a document shows them (issue 22, wip-22ub). The Kriteria's levels are cumulative:
/// a layanan transaksi ("transaksi basis data, validasi data, mekanisme persetujuan, dan analitik data") is one its users
/// interact with — they enter and send the data it validates and approves. A document that shows the transaction service
/// with two of its functions or more shows the interaction level under it, unless it says the interaction is lacking
/// ("fitur unggah belum tersedia") or is a draft (a service still to be built). And a screenshot of the service's pages
/// describes the service: its level can be judged.
/// </summary>
public sealed partial class EvidenceChecker
{
    /// <summary>
    /// The document shows the service's pages: a screenshot of them, or what they display ("ditampilkan di halaman",
    /// a "Beranda" menu line). A function named once in a circular's instructions is not enough (the OPD's duties, not the service).
    /// </summary>
    static bool ShowsTheService(PageText page) =>
        page.Find(@"\b(tangkapan\s+layar|screenshot|screen\s+capture|ditampilkan|ditayangkan|disajikan)\b|(?:^|\n)[^\n]{0,10}\bberanda\b") is not null;

    sealed partial class LevelJudge
    {
        /// <summary>
        /// Data exchanged with another service named in the Kriteria's own words, "layanan … elektronik": "data DPA ditarik
        /// otomatis dari layanan penganggaran elektronik", "dikirim ke layanan pengadaan elektronik" — its collaboration level.
        /// </summary>
        const string ElectronicServiceExchange =
            @"\b(ditarik|diambil|dikirim|dikirimkan|terkirim|menarik|mengambil|mengirim|mengirimkan|disinkronkan|disinkronisasi|tersinkronisasi|sinkronisasi|menyinkronkan)\b(?:\s+\w+){0,6}?\s+(dari|ke|dengan)\s+layanan\s+(?:\w+\s+){0,2}?elektronik\b";

        /// <summary>The Kriteria's transaction functions, each with the words a document writes it in.</summary>
        static string? TransactionFunction(CriterionElement e) => PageText.Fold(e.Terms[0]).Trim() switch
        {
            "transaksi" => "transaksi",
            "validasi" or "memvalidasi" or "verifikasi" or "memverifikasi" => "validasi",
            "persetujuan" or "menyetujui" or "disetujui" or "tanda tangan elektronik" => "persetujuan",
            "analitik" or "dasbor" or "dashboard" => "analitik",
            _ => null,
        };

        /// <summary>
        /// The transaction level's words found only as a dashboard, in a document that says the service's transactions are
        /// not in it — a feature not there yet, the work done on paper ("Fitur belum tersedia", "berdasarkan dokumen fisik",
        /// "melalui surat"). The Kriteria's "analitik data" analyses the transaksi, validasi and persetujuan the service runs;
        /// with none of them the dashboard only summarises what it holds, its information (set 24 S23). A dashboard of the
        /// service's own processing stays its analytics (set 18 M33: "rata-rata tindak lanjut").
        /// </summary>
        bool DashboardAlone(IEnumerable<(CriterionElement Element, PageText.Hit? Hit)> hits)
        {
            var shown = hits.Where(h => h.Hit is not null).Select(h => h.Element).ToList();
            return shown.Count > 0 && shown.All(e => e.Id.StartsWith("term:transaction:", StringComparison.Ordinal)
                                                     && PageText.Fold(e.Terms[0]).Trim() is "dasbor" or "dashboard")
                   && page.Find(TransactionsElsewhere) is not null;
        }

        /// <summary>A service function said to be missing, or the work done on paper.</summary>
        const string TransactionsElsewhere =
            @"\bfitur\b(?:\s+\w+){0,4}?\s+belum\s+(tersedia|ada)\b|\bbelum\s+(tersedia|ada)\s+fitur\b|\b(dokumen\s+fisik|secara\s+manual|melalui\s+surat)\b";

        /// <summary>
        /// The interaction level's group, unmet by its own words, met by the transaction service shown with two distinct
        /// functions or more, none denied, where the document does not deny the interaction itself and is no draft.
        /// </summary>
        PageText.Hit? ImpliedInteraction(ElementGroup group)
        {
            if (facts.Draft || group.Elements.Count == 0 || !group.Elements.All(e => e.Id.StartsWith("term:interaction:", StringComparison.Ordinal))) return null;
            // Any word of the interaction said lacking or still to come ("fitur unggah belum tersedia", "unduh akan ditambahkan").
            if (group.Elements.Any(e => _denied.ContainsKey(e.Label) || e.Terms.SelectMany(t => page.FindAll(PageText.Phrase(t))).Any(h => Negated(h) || Planned(h) || NotTheService(h))))
                return null;
            var transaction = indicator.Levels.SelectMany(l => l.Groups)
                .FirstOrDefault(g => g.Elements.Count > 0 && g.Elements.All(e => e.Id.StartsWith("term:transaction:", StringComparison.Ordinal)));
            if (transaction is null || transaction.Elements.Any(e => Denied(e, true) is not null)) return null;
            var shown = transaction.Elements.Select(e => (Function: TransactionFunction(e), Hit: Find(e)))
                .Where(x => x.Function is not null && x.Hit is not null).ToList();
            return shown.Select(x => x.Function).Distinct().Count() >= 2 ? shown[0].Hit : null;
        }
    }
}
