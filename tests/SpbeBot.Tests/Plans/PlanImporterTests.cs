using ClosedXML.Excel;
using SpbeBot.Core.Criteria;
using SpbeBot.Core.People;
using SpbeBot.Core.Plans;
using SpbeBot.Core.Plans.Import;
using SpbeBot.Core.Spreadsheets;
using SpbeBot.Dialogs.Cli;
using SpbeBot.Dialogs.Common;
using SpbeBot.Tests.Infrastructure;

namespace SpbeBot.Tests.Plans;

/// <summary>Reading plan spreadsheets as they come, without a database.</summary>
public sealed class PlanImporterTests : IDisposable
{
    readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("spbebot-import-");
    static readonly HashSet<string> KnownOpds = Seed004Spreadsheet.Opds
        .SelectMany(o => o.Aliases.Append(o.Name).Append(o.Abbreviation ?? "")).Where(n => n.Length > 0)
        .Select(OpdNameNormalizer.Normalize).ToHashSet();

    static PlanImporter Importer(string framework = "spbe-2018", int year = 2019) =>
        new(CatalogStore.Get(framework), year, name => KnownOpds.Contains(OpdNameNormalizer.Normalize(name)));

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    public void Seed_004_as_a_coordinator_typed_it_gives_37_items()
    {
        var result = Importer().Read(Seed004Spreadsheet.WriteXlsx(_dir.FullName));

        Assert.Empty(result.Problems);
        Assert.Equal(3, result.HeaderRow);
        Assert.Equal(37, result.Drafts.Count);
        Assert.Equal(Enumerable.Range(1, 34), result.Drafts.Take(34).Select(d => d.Indicator));
        Assert.All(result.Drafts.Skip(34), d => Assert.Equal(35, d.Indicator));
        Assert.Equal(["PRO DENPASAR", "Bursa Kerja Online", "Perijinan Online"], result.Drafts.Skip(34).Select(d => d.ServiceName));
        Assert.All(result.Drafts, d => Assert.Equal(new DateOnly(2019, 12, 31), d.Deadline));

        var opds = result.Drafts.SelectMany(d => d.Opds).Select(OpdNameNormalizer.Normalize).Distinct().ToList();
        Assert.Equal(10, opds.Count);
        Assert.Contains(result.Warnings, w => w.Row == 0 && w.Kind == ImportIssueKind.YearFromTitle && Said(w).Contains("2019 diambil dari judul"));
        var warning = Assert.Single(result.Warnings, w => w.Row > 0);
        Assert.Equal(ImportIssueKind.EtCeteraIgnored, warning.Kind);
        Assert.Contains("dll", Said(warning));
        Assert.Equal(result.Drafts[16].Row, warning.Row);
        Assert.Equal(["Dinas Perijinan", "Dinas Dukcapil"], result.Drafts[16].Opds);

        // Continuation rows are joined to the row above, cell by cell.
        Assert.Contains("Atau membuat Kebijakan khusus WBS.", result.Drafts[15].Action);
        Assert.Contains("antar Instansi Pusat dengan Pemerintah Daerah.", result.Drafts[15].Recommendation);
        Assert.Equal(24, result.Drafts[23].Indicator); // "Penggunaan Aplikasi" + "Umum Berbagi Pakai" on the next row

        Assert.Equal([4, 10, 21, 27, 28], result.Drafts.Where(d => d.Opds.Contains("Bappeda")).Select(d => d.Indicator));
        Assert.Equal(3, result.Drafts[3].CurrentLevel);
    }

    [Fact]
    public void The_csv_variant_reads_the_same()
    {
        var xlsx = Importer().Read(Seed004Spreadsheet.WriteXlsx(_dir.FullName));
        var csv = Importer().Read(Seed004Spreadsheet.WriteCsv(_dir.FullName));
        Assert.Empty(csv.Problems);
        Assert.Equal(xlsx.Drafts.Select(d => (d.Indicator, d.ServiceName, d.Action, d.CurrentLevel, string.Join("|", d.Opds))),
                     csv.Drafts.Select(d => (d.Indicator, d.ServiceName, d.Action, d.CurrentLevel, string.Join("|", d.Opds))));
    }

    [Fact]
    public void Column_variants_dates_and_levels_are_understood()
    {
        var path = Write(
            ["Rencana Aksi SPBE 2025", "", "", "", "", ""],
            ["Nomor", "Nama Indikator", "Level Saat Ini", "Target Tingkat Kematangan", "Rencana Aksi", "Batas Waktu", "Penanggung Jawab", "Status"],
            ["1", "Tingkat Kematangan Layanan Perencanaan", "Level 2", "L4", "Integrasi e-planning", "31 Maret 2025", "Bappeda", "dalam proses"],
            ["2", "Layanan Kepegawaian", "3 (Terdefinisi)", "4", "SIASN terhubung", "30/06/2025", "BKPSDM", ""],
            ["3", "Penerapan Manajemen Risiko SPBE", "1", "3", "Register risiko", "Triwulan III 2025", "Bagian Organisasi", "selesai"],
            ["4", "Layanan Data Terbuka", "2", "3", "Portal data", "Semester 1 2025", "DKIS", ""],
            ["5", "Layanan Keuangan", "2", "3", "SIPD keuangan", "2025-11-15", "BPKAD", ""],
            ["6", "Layanan Pengadaan Barang dan Jasa", "3", "4", "Integrasi LPSE", "Desember 2025", "Bag. Pengadaan Barang & Jasa", ""]);
        var result = Importer("spbe-2024", 2025).Read(path);

        Assert.Empty(result.Problems);
        Assert.Equal([32, 36, 21, 43, 34, 35], result.Drafts.Select(d => d.Indicator));
        Assert.Equal([2, 3, 1, 2, 2, 3], result.Drafts.Select(d => d.CurrentLevel ?? 0));
        Assert.Equal(4, result.Drafts[0].TargetLevel);
        Assert.Equal(new DateOnly[] { new(2025, 3, 31), new(2025, 6, 30), new(2025, 9, 30), new(2025, 6, 30), new(2025, 11, 15), new(2025, 12, 31) },
                     result.Drafts.Select(d => d.Deadline!.Value));
        Assert.Equal(PlanStatus.InProgress, result.Drafts[0].Status);
        Assert.Equal(PlanStatus.Done, result.Drafts[2].Status);
        Assert.Equal(["Bag. Pengadaan Barang & Jasa"], result.Drafts[5].Opds);
    }

    [Fact]
    public void Notes_and_a_signature_block_below_the_table_are_mentioned_once_not_reported_as_bad_rows()
    {
        // How Pemda spreadsheets end (outside review, issue 18: F9): before, each note was a bad row and nothing was imported.
        var path = Write(
            ["No", "Indikator", "Nilai", "Tindak Lanjut", "Target Waktu", "OPD Terkait", "", "", "Keterangan tambahan"],
            ["1", "Layanan Perencanaan", "2", "Integrasi e-planning", "31/03/2025", "Bappeda", "", "", "Catatan: menunggu anggaran"],
            ["2", "Layanan Kepegawaian", "3", "SIASN terhubung", "30/06/2025", "BKPSDM"],
            ["", "", "", "", "", ""],
            ["Sumber: Hasil Evaluasi SPBE 2024, KemenPANRB"],
            ["Catatan: target waktu menyesuaikan ketersediaan anggaran"],
            ["Keterangan", "L = level kematangan"],
            ["", "", "", "", "", ""],
            ["", "", "", "", "", "Mengetahui,"],
            ["", "", "", "", "", "Kepala Dinas Komunikasi dan Informatika"],
            ["", "", "", "", "", ""],
            ["", "", "", "", "", "Drs. I Made Sutrisna, M.Si"],
            ["", "", "", "", "", "NIP. 19700101 199503 1 001"]);
        var result = Importer("spbe-2024", 2025).Read(path);

        Assert.Empty(result.Problems);
        Assert.Equal(2, result.Drafts.Count);
        Assert.Equal(["Bappeda"], result.Drafts[0].Opds);
        Assert.Equal(["BKPSDM"], result.Drafts[1].Opds);   // the signature block is not joined to the last row
        var note = Assert.Single(result.Warnings, w => Said(w).Contains("Catatan di bawah tabel", StringComparison.Ordinal));
        Assert.Contains("baris 5–13", Said(note));
    }

    [Fact]
    public void A_table_on_a_hidden_sheet_is_imported_and_mentioned_once()
    {
        var path = Path.Combine(_dir.FullName, "tersembunyi.xlsx");
        TypedSheets.Invariant(() =>
        {
            using var wb = new XLWorkbook();
            wb.AddWorksheet("Petunjuk").Cell(1, 1).Value = "Isi tabel di lembar berikut.";
            var table = wb.AddWorksheet("Data");
            string[][] rows =
            [
                ["No", "Indikator", "Nilai", "Tindak Lanjut", "Target Waktu", "OPD Terkait"],
                ["1", "Layanan Perencanaan", "2", "Integrasi e-planning", "31/03/2025", "Bappeda"],
            ];
            for (var r = 0; r < rows.Length; r++)
                for (var c = 0; c < rows[r].Length; c++) table.Cell(r + 1, c + 1).Value = rows[r][c];
            table.Visibility = XLWorksheetVisibility.Hidden;
            wb.SaveAs(path);
        });
        var result = Importer("spbe-2024", 2025).Read(path);
        Assert.Empty(result.Problems);
        Assert.Single(result.Drafts);
        var notice = Assert.Single(result.Warnings, w => Said(w).Contains("lembar tersembunyi", StringComparison.Ordinal));
        Assert.Contains("\"Data\"", Said(notice));
        // A visible table gets no such notice.
        Assert.DoesNotContain(Importer("spbe-2024", 2025).Read(Write(rows: [["No", "Indikator", "Nilai", "Tindak Lanjut", "Target Waktu", "OPD Terkait"],
            ["1", "Layanan Perencanaan", "2", "Integrasi e-planning", "31/03/2025", "Bappeda"]])).Warnings, w => Said(w).Contains("tersembunyi", StringComparison.Ordinal));
    }

    [Fact]
    public void A_signature_block_alone_below_the_table_is_not_joined_to_the_last_row()
    {
        var path = Write(
            ["No", "Indikator", "Nilai", "Tindak Lanjut", "Target Waktu", "OPD Terkait"],
            ["1", "Layanan Perencanaan", "2", "Integrasi e-planning", "31/03/2025", "Bappeda"],
            ["", "", "", "", "", "Mengetahui,"],
            ["", "", "", "", "", "Drs. I Made Sutrisna"],
            ["", "", "", "", "", "NIP. 19700101 199503 1 001"]);
        var result = Importer("spbe-2024", 2025).Read(path);
        Assert.Empty(result.Problems);
        Assert.Equal(["Bappeda"], Assert.Single(result.Drafts).Opds);
        Assert.Single(result.Warnings, w => Said(w).Contains("Catatan di bawah tabel", StringComparison.Ordinal));
    }

    [Fact]
    public void Bad_rows_are_reported_with_row_number_and_reason()
    {
        var path = Write(
            ["No", "Indikator", "Nilai", "Tindak Lanjut", "Target Waktu", "OPD Terkait"],
            ["1", "Layanan Perencanaan", "7", "A", "2025", "Bappeda"],
            ["2", "Layanan Pemakaman Online Antariksa", "2", "B", "2025", "Bappeda"],
            ["3", "Layanan Penganggaran", "2", "C", "31/02/2025", "Bappeda"],
            ["4", "Layanan Keuangan", "2", "", "2025", ""]);
        var result = Importer("spbe-2024", 2025).Read(path);

        Assert.Empty(result.Drafts);
        Assert.Contains(result.Problems, p => p.Row == 2 && Said(p).Contains("di luar 1–5"));
        Assert.Contains(result.Problems, p => p.Row == 3 && Said(p).Contains("tidak dikenali"));
        Assert.Contains(result.Problems, p => p.Row == 4 && Said(p).Contains("tanggal"));
        Assert.Contains(result.Problems, p => p.Row == 5 && p.Column == "OPD Terkait");   // as the file heads the column
    }

    [Fact]
    public void Problems_name_the_column_as_the_file_heads_it()
    {
        var path = Write(
            ["No", "Indikator", "Tingkat Kematangan", "Rencana Aksi", "Batas Waktu", "Penanggung Jawab"],
            ["1", "99", "2", "A", "2025", "Bappeda"],
            ["2", "Indikator 12", "7", "B", "31/02/2025", ""]);
        var result = Importer("spbe-2024", 2025).Read(path);

        Assert.Empty(result.Drafts);
        // The number written in the "Indikator" column is reported under "Indikator", not an internal "No Indikator".
        Assert.Contains(result.Problems, p => p.Row == 2 && p.Column == "Indikator" && Said(p).Contains("\"99\""));
        Assert.DoesNotContain(result.Problems, p => p.Column == "No Indikator");
        Assert.Contains(result.Problems, p => p.Row == 3 && p.Column == "Tingkat Kematangan");
        Assert.Contains(result.Problems, p => p.Row == 3 && p.Column == "Batas Waktu");
        Assert.Contains(result.Problems, p => p.Row == 3 && p.Column == "Penanggung Jawab");
    }

    [Fact]
    public void Unreadable_files_get_a_clear_message_and_no_drafts()
    {
        string File(string name, byte[] bytes) { var p = Path.Combine(_dir.FullName, name); System.IO.File.WriteAllBytes(p, bytes); return p; }

        var cases = new (string Path, string Expected)[]
        {
            (File("foto.xlsx", [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, (byte)'J', (byte)'F', 0, 0, 0, 0]), "bukan spreadsheet"),
            (File("rahasia.xlsx", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0]), "kata sandi"),
            (File("rusak.xlsx", [(byte)'P', (byte)'K', 3, 4, 20, 0, 0, 0, 1, 2, 3]), "rusak"),
            (File("kosong.csv", []), "kosong"),
            (File("besar.csv", new byte[3 * 1024 * 1024]), "terlalu besar"),
            (Write(["Judul saja"], ["tanpa kolom"]), "Tidak ditemukan baris judul"),
            (Write(["No", "Indikator", "Nilai"], ["1", "Layanan Perencanaan", "2"]), "Kolom wajib"),
            (Write(["No", "Rekomendasi", "Tindak Lanjut", "OPD Terkait"], ["1", "x", "y", "Bappeda"]), "Kolom wajib tidak ditemukan di baris judul (baris 1): Indikator"),
        };
        foreach (var (path, expected) in cases)
        {
            var result = Importer("spbe-2024", 2025).Read(path, maxBytes: 2 * 1024 * 1024);
            Assert.True(result.FileUnreadable, path);
            Assert.Empty(result.Drafts);
            Assert.Contains(expected, Unreadable(result, path));
        }

        using (var wb = new XLWorkbook()) { wb.AddWorksheet("Kosong"); wb.SaveAs(Path.Combine(_dir.FullName, "empty.xlsx")); }
        Assert.Contains("kosong", Said(Importer().Read(Path.Combine(_dir.FullName, "empty.xlsx")).Problems[0]));
    }

    [Fact]
    public void The_indikator_cell_may_carry_the_number_and_a_wrong_number_is_a_row_problem()
    {
        string[] header = ["No", "Indikator", "Rekomendasi", "Tindak Lanjut", "OPD Terkait", "Target Waktu"];
        var result = Importer("spbe-2024", 2026).Read(Write(header,
            ["1", "32", "x", "y", "Bappeda", "2026"],
            ["2", "Indikator 11", "x", "y", "Bappeda", "2026"],
            ["3", "Ind. 5 Kebijakan Internal Layanan Pusat Data", "x", "y", "Bappeda", "2026"],
            ["4", "Indikator 99", "x", "y", "Bappeda", "2026"],
            ["5", "12 - Layanan Perencanaan", "x", "y", "Bappeda", "2026"]));
        Assert.Equal([32, 11, 5], result.Drafts.Select(d => d.Indicator));
        Assert.Contains(result.Problems, p => p.Row == 5 && Said(p).Contains("\"99\" tidak ada"));
        Assert.Contains(result.Problems, p => p.Row == 6 && Said(p).Contains("tidak cocok"));
    }

    [Fact]
    public void A_workbook_that_inflates_to_hundreds_of_megabytes_is_refused_before_it_is_opened()
    {
        var path = Write(["No", "Indikator", "Rekomendasi", "Tindak Lanjut", "OPD Terkait"], ["1", "Layanan Perencanaan", "x", "y", "Bappeda"]);
        using (var zip = System.IO.Compression.ZipFile.Open(path, System.IO.Compression.ZipArchiveMode.Update))
        {
            // 300 MB of zeros, well under a megabyte on disk: what a crafted "spreadsheet" can hide.
            using var padding = zip.CreateEntry("xl/media/padding.bin", System.IO.Compression.CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1 << 20];
            for (var i = 0; i < 300; i++) padding.Write(zeros);
        }
        Assert.True(new FileInfo(path).Length < 2 * 1024 * 1024);
        var result = Importer().Read(path);
        Assert.True(result.FileUnreadable);
        Assert.Equal(UnreadableReason.Inflates, result.Spreadsheet?.Reason);
        Assert.Contains("tidak wajar", Unreadable(result, path));
    }

    /// <summary>An issue as the command says it in Indonesian.</summary>
    static string Said(ImportIssue issue) => PlanSpreadsheetTexts.Id.Issue(issue);

    /// <summary>Why the file was refused, as the command says it in Indonesian: the reader's reason or the importer's.</summary>
    static string Unreadable(PlanImportResult result, string path) =>
        result.Spreadsheet is { } e ? SpreadsheetTexts.Id.Unreadable(e, path) : Said(result.Problems[0]);

    [Fact]
    public void Windows_1252_csv_with_an_unpadded_title_row_is_read()
    {
        var path = Path.Combine(_dir.FullName, "excel-windows.csv");
        var text = "Rencana Aksi SPBE 2025\r\nNo;Indikator;Tindak Lanjut;Target Waktu;OPD Terkait\r\n1;Layanan Perencanaan;Menyusun \u2018Perbup\u2019 \u2013 e-planning;Maret 2025;Bappeda\r\n";
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        File.WriteAllBytes(path, System.Text.Encoding.GetEncoding(1252).GetBytes(text));
        var result = Importer("spbe-2024", 2025).Read(path);
        Assert.Empty(result.Problems);
        Assert.Equal("Menyusun \u2018Perbup\u2019 \u2013 e-planning", Assert.Single(result.Drafts).Action);
    }

    [Theory]
    [InlineData("Dinas Perijinan, Dinas Dukcapil, dll", new[] { "Dinas Perijinan", "Dinas Dukcapil" }, true)]
    [InlineData("Bag, Hukum", new[] { "Bag Hukum" }, false)]
    [InlineData("Bag. Pengadaan Barang & Jasa", new[] { "Bag. Pengadaan Barang & Jasa" }, false)]
    [InlineData("Bappeda dan BKPSDM", new[] { "Bappeda", "BKPSDM" }, false)]
    [InlineData("DKIS; Bappeda\nBPKAD", new[] { "DKIS", "Bappeda", "BPKAD" }, false)]
    [InlineData("Dinas Komunikasi, Informatika dan Statistik", new[] { "Dinas Komunikasi Informatika dan Statistik" }, false)]
    [InlineData("Bag. Pengadaan Barang/Jasa", new[] { "Bag. Pengadaan Barang/Jasa" }, false)]
    [InlineData("DINSOS / DISDIK", new[] { "DINSOS", "DISDIK" }, false)]
    [InlineData("Dinas Sosial dan Dinas Pendidikan", new[] { "Dinas Sosial", "Dinas Pendidikan" }, false)]
    public void Opd_cells_are_split_where_names_end(string cell, string[] expected, bool etCetera)
    {
        var result = OpdCell.Split(cell, name => KnownOpds.Contains(OpdNameNormalizer.Normalize(name)));
        Assert.Equal(expected, result.Opds);
        Assert.Equal(etCetera, result.DroppedEtCetera);
    }

    string Write(params string[][] rows) => TypedSheets.Invariant(() => WriteTyped(rows));

    string WriteTyped(string[][] rows)
    {
        var path = Path.Combine(_dir.FullName, Guid.NewGuid().ToString("N") + ".xlsx");
        using var wb = new XLWorkbook();
        var ws = wb.AddWorksheet("Sheet1");
        for (var r = 0; r < rows.Length; r++)
            for (var c = 0; c < rows[r].Length; c++) ws.Cell(r + 1, c + 1).Value = rows[r][c];
        wb.SaveAs(path);
        return path;
    }
}
