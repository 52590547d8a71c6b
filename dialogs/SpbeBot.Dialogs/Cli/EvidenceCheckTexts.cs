using System.Globalization;
using SpbeBot.Core.Evidence.Checking;
using SpbeBot.Dialogs.Common;
using SpbeBot.Dialogs.Evidence;

namespace SpbeBot.Dialogs.Cli;

/// <summary>
/// The pre-check of one document as <c>spbebot evidence check FILE</c> prints it (not its <c>--json</c>), in the
/// machine's language. The flags, the needs and the notes are the chat's words (<see cref="PrecheckTexts"/>); the
/// criteria's own wording (what was found, what is still needed) is the Pedoman's, Indonesian in both.
/// </summary>
public sealed class EvidenceCheckTexts : BilingualTexts
{
    public static readonly EvidenceCheckTexts Id = new(english: false);
    public static readonly EvidenceCheckTexts En = new(english: true);

    /// <summary>The machine's (<see cref="MachineLocale"/>).</summary>
    public static EvidenceCheckTexts Machine => MachineLocale.English ? En : Id;

    EvidenceCheckTexts(bool english) : base(english)
    {
    }

    /// <summary>The chat's pre-check texts in this language.</summary>
    public PrecheckTexts Precheck => _en ? PrecheckTexts.En : PrecheckTexts.Id;

    public string Document(string fileName, int pages, bool ocr) => S(
        $"Dokumen: {fileName} ({pages} halaman{(ocr ? ", teks dari OCR" : "")})",
        $"Document: {fileName} ({pages} {(pages == 1 ? "page" : "pages")}{(ocr ? ", text read by OCR" : "")})");

    /// <summary>What the document says of itself: kind, number, year, date, instansi, enactment.</summary>
    public string Facts(DocumentFacts d)
    {
        var year = d.Year?.ToString(CultureInfo.InvariantCulture) ?? "-";
        var date = d.Date?.ToString("d MMMM yyyy", _culture) ?? "-";
        return S($"Jenis: {d.Kind ?? "-"}; nomor: {d.Number ?? "-"}; tahun: {year}; tanggal: {date}; instansi: {d.Instansi ?? "-"}; " +
                 $"penetapan/tanda tangan: {(d.Signed ? "ada" : "tidak ada")}{(d.Draft ? "; masih draf" : "")}",
                 $"Kind: {d.Kind ?? "-"}; number: {d.Number ?? "-"}; year: {year}; date: {date}; instansi: {d.Instansi ?? "-"}; " +
                 $"enactment/signature: {(d.Signed ? "found" : "not found")}{(d.Draft ? "; still a draft" : "")}");
    }

    public string Indicator(int number, string framework, string name) => S($"Indikator {number} ({framework}) {name}", $"Indicator {number} ({framework}) {name}");

    /// <summary>The verdict's level line.</summary>
    public string Level(EvidenceCheck c) =>
        c.NeedsOcr ? S("Level: belum dinilai — dokumen perlu dibaca dengan OCR.", "Level: not judged yet — the document has to be read by OCR.")
        : c.Level is 0 ? S("Level yang didukung teks: 0 — dokumen ini tidak mendukung level mana pun untuk indikator ini.",
            "Level supported by the text: 0 — this document supports no level of this indicator.")
        : c.Level is { } level ? S($"Level yang didukung teks: {level}", $"Level supported by the text: {level}")
        : S("Level: tidak dapat dinilai dari dokumen ini.", "Level: cannot be judged from this document.");

    /// <summary>The flags in the chat's words (<see cref="PrecheckTexts.Flag"/>).</summary>
    public string Flags(EvidenceCheck c) => S("Tanda: ", "Flags: ") + string.Join("; ", c.Flags.Select(f => Precheck.Flag(f, c)));

    public string FoundHeading => S("Ditemukan:", "Found:");

    public string Found(FoundElement f) => S($"  - {f.Element} (hlm. {f.Page}): «{f.Quote}»", $"  - {f.Element} (p. {f.Page}): «{f.Quote}»");

    public string MissingHeading => S("Yang masih diperlukan:", "Still needed:");

    /// <summary>A need: the criterion's text as the Pedoman writes it, the checker's own level-0 needs in this language.</summary>
    public string Missing(string need) => "  - " + Precheck.Need(need);

    public string Note(string note) => S("Catatan: ", "Notes: ") + note;

    public string AdviceOnly => S("Pemeriksaan awal ini hanya saran: tidak menggantikan verifikasi koordinator.",
        "This pre-check is advice only: it does not replace the coordinator's verification.");
}
