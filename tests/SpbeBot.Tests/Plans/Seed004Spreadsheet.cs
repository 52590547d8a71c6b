using ClosedXML.Excel;
using SpbeBot.Tests.Infrastructure;

namespace SpbeBot.Tests.Plans;

/// <summary>
/// The 2019 follow-up table of reference/seeds (seed 004, a real one) typed into a spreadsheet the way a coordinator has it: a merged title
/// row, a blank row, the header, the numbered rows and the continuation rows (empty "No") as separate rows.
/// </summary>
static class Seed004Spreadsheet
{
    public static IReadOnlyList<string[]> Rows()
    {
        var lines = File.ReadAllLines(ReferenceFiles.Seed(ReferenceFiles.FollowUp2019));
        var headerAt = Array.FindIndex(lines, l => l.StartsWith("No\t", StringComparison.Ordinal));
        return lines.Skip(headerAt).Where(l => l.Trim().Length > 0)
            .Select(l => { var cells = l.Split('\t'); Array.Resize(ref cells, 7); return cells.Select(c => c ?? "").ToArray(); })
            .ToList();
    }

    public static string WriteXlsx(string folder) => TypedSheets.Invariant(() => WriteTyped(folder));

    static string WriteTyped(string folder)
    {
        var path = Path.Combine(folder, "monev-spbe-2019.xlsx");
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("Monev 2019");
        sheet.Cell(1, 1).Value = "MONEV PENINGKATAN INDEKS SPBE 2019";
        sheet.Range(1, 1, 1, 7).Merge();
        var rowNumber = 3;
        foreach (var cells in Rows())
        {
            for (var c = 0; c < 7; c++)
            {
                var cell = sheet.Cell(rowNumber, c + 1);
                if (int.TryParse(cells[c], out var n) && (c == 0 || c == 3 || c == 5)) cell.Value = n; else cell.Value = cells[c];
                cell.Style.Alignment.WrapText = true;
            }
            rowNumber++;
        }
        workbook.SaveAs(path);
        return path;
    }

    public static string WriteCsv(string folder)
    {
        var path = Path.Combine(folder, "monev-spbe-2019.csv");
        static string Quote(string s) => "\"" + s.Replace("\"", "\"\"") + "\"";
        var lines = new List<string> { Quote("MONEV PENINGKATAN INDEKS SPBE 2019") + ";;;;;;", ";;;;;;" };
        lines.AddRange(Rows().Select(cells => string.Join(";", cells.Select(Quote))));
        File.WriteAllLines(path, lines, new System.Text.UTF8Encoding(true));
        return path;
    }

    /// <summary>The OPDs of seed 004, as a Pemda would register them (name, abbreviation, aliases).</summary>
    public static readonly (string Name, string? Abbreviation, string[] Aliases)[] Opds =
    [
        ("Dinas Komunikasi, Informatika dan Statistik", "DKIS", []),
        ("Bagian Organisasi", null, []),
        ("Badan Perencanaan Pembangunan Daerah", "Bappeda", []),
        ("Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "BKPSDM", []),
        ("Badan Pengelolaan Keuangan dan Aset Daerah", "BPKAD", []),
        ("Bagian Pengadaan Barang dan Jasa", null, []),
        ("Bagian Hukum", null, []),
        ("Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "DPMPTSP", ["Dinas Perijinan", "Dinas Perizinan"]),
        ("Dinas Kependudukan dan Pencatatan Sipil", "Disdukcapil", ["Dinas Dukcapil"]),
        ("Dinas Tenaga Kerja", "Disnaker", []),
    ];
}
