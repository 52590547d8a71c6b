using SpbeBot.Core.People;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using ClosedXML.Excel;
using SpbeBot.Core.Criteria;
using SpbeBot.Core.Evidence;
using SpbeBot.Core.Evidence.Checking;
using SpbeBot.Core.Evidence.Export;
using SpbeBot.Dialogs.Cli;

namespace SpbeBot.Tests.Evidence;

public sealed class EvidenceExportTests : IDisposable
{
    static readonly CriteriaCatalog Catalog = CatalogStore.Get("spbe-2024");
    static readonly DateTimeOffset Now = new(2026, 11, 23, 4, 0, 0, TimeSpan.Zero);
    readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("spbebot-export-");
    long _id;

    public void Dispose() => _dir.Delete(recursive: true);

    ExportEntry Entry(int indicator, int level, int item, string name, int uploadedMinute = 0, string opd = "Bappeda")
    {
        var bytes = Encoding.UTF8.GetBytes($"isi {indicator}-{level}-{item}-{name}-{_id}");
        var path = Path.Combine(_dir.FullName, "src-" + Guid.NewGuid().ToString("N"));
        File.WriteAllBytes(path, bytes);
        _id++;
        return new ExportEntry(indicator, level, item, path, name, Path.GetExtension(name), opd, "Budi Santoso", "Rina Kartika",
            Now.AddDays(-1), Now.AddDays(-10).AddMinutes(uploadedMinute == 0 ? _id : uploadedMinute),
            Convert.ToHexStringLower(SHA256.HashData(bytes)), bytes.Length, "Susun Arsitektur SPBE", _id);
    }

    // Indicator 11 (Tata Kelola): levels 1–3 complete; level 4 has items 1, 3, 4 (optional) and "lainnya" but not item 2.
    List<ExportEntry> Sample() =>
    [
        Entry(32, 4, 1, "Screenshot Integrasi API.pdf", opd: "Dinas Kominfo"),
        Entry(11, 4, 0, "WhatsApp Image 2024-01-01 at 10.00.00.jpeg"),
        Entry(11, 4, 4, "photo_2024-03-12_09-30-00.jpg"),
        Entry(11, 4, 3, "Hasil reviu.docx"),
        Entry(11, 4, 1, "Dokumen Arsitektur SPBE.pdf"),
        Entry(11, 3, 1, "arsitektur lengkap.pdf"),
        Entry(11, 2, 1, "arsitektur as-is v2.pdf", uploadedMinute: 900),
        Entry(11, 2, 1, "arsitektur as-is.pdf", uploadedMinute: 100),
        Entry(11, 1, 1, "IMG_20240101_0930.jpg"),
        Entry(1, 1, 1, "Rancangan Pergub Arsitektur.pdf", opd: "Bagian Hukum"),
    ];

    static readonly string[] ExpectedNames =
    [
        "Indikator-01/1.a.Rancangan-Pergub-Arsitektur.pdf",
        "Indikator-11/11.a.Dokumen-draft-rancangan-Arsitektur-SPBE.jpg",
        "Indikator-11/11.b.arsitektur-as-is.pdf",
        "Indikator-11/11.c.arsitektur-as-is-v2.pdf",
        "Indikator-11/11.d.arsitektur-lengkap.pdf",
        "Indikator-11/11.e.Dokumen-Arsitektur-SPBE.pdf",
        "Indikator-11/11.f.Hasil-reviu.docx",
        "Indikator-11/11.g.Bukti-undangan-rapat-evaluasi-Arsitektur-SPBE.jpg",
        "Indikator-11/11.h.Bukti-Lainnya.jpeg",
        "Indikator-32/32.a.Screenshot-Integrasi-API.pdf",
    ];

    static string Export(List<ExportEntry> entries, string output, out ExportResult result)
    {
        result = EvidenceExporter.Export(entries, Catalog, "Kabupaten Sukamaju", 2026, output, Now);
        return output;
    }

    static List<string> FolderNames(string folder) => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
        .Select(p => Path.GetRelativePath(folder, p).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void Files_are_named_by_the_pedoman_convention_in_level_item_and_upload_order()
    {
        Assert.Equal(ExpectedNames, EvidenceExporter.Name(Sample(), Catalog).Select(f => f.RelativePath));
        Assert.Equal(["a", "z", "aa", "ab", "az", "ba"], new[] { 0, 25, 26, 27, 51, 52 }.Select(EvidenceExporter.Letter));
        var many = Enumerable.Range(0, 28).Select(i => Entry(32, 4, 1, $"Bukti {i}.pdf")).ToList();
        Assert.Equal(["32.z.Bukti-25.pdf", "32.aa.Bukti-26.pdf", "32.ab.Bukti-27.pdf"], EvidenceExporter.Name(many, Catalog).Skip(25).Select(f => f.FileName));
    }

    [Theory]
    [InlineData("IMG_20240101_1234", true)]
    [InlineData("photo_2024-01-01_10-00-00", true)]
    [InlineData("WhatsApp Image 2024-01-01 at 10.00.00", true)]
    [InlineData("scan0001", true)]
    [InlineData("document", true)]
    [InlineData("file_12345", true)]
    [InlineData("20240101", true)]
    [InlineData("3f2a9c1e-7b4d-4e7a-9c1e-0a1b2c3d4e5f", true)]
    [InlineData("", true)]
    [InlineData("Notulen Rapat Reviu 2024", false)]
    [InlineData("Screenshot Integrasi API", false)]
    [InlineData("SK Tim Koordinasi SPBE", false)]
    [InlineData("Pergub 1 2020", false)]
    public void Camera_scanner_and_chat_names_count_as_generic(string stem, bool generic) =>
        Assert.Equal(generic, EvidenceExporter.IsGeneric(FileNames.Slug(stem)));

    [Theory]
    [InlineData(TimeZones.Wita, "23/11/2026 12:00 WITA")]
    [InlineData(TimeZones.Wit, "23/11/2026 13:00 WIT")]
    [InlineData(TimeZones.Wib, "23/11/2026 11:00 WIB")]
    public void Times_in_the_bundle_are_in_the_instansis_zone(string zone, string stamp)
    {
        var output = Path.Combine(_dir.FullName, "bundel-" + TimeZones.Abbreviation(zone));
        EvidenceExporter.Export(Sample(), Catalog, "Kabupaten Sukamaju", 2026, output, Now, zone);   // Now: 04:00 UTC

        var readMe = File.ReadAllText(Path.Combine(output, "BACA-SAYA.txt"));
        var draft = File.ReadAllText(Path.Combine(output, "Indikator-11", "Penjelasan-Indikator-11.txt"));
        Assert.Contains($"Dibuat oleh SpbeBot pada {stamp}.", readMe);
        Assert.Contains($"Disusun oleh SpbeBot: {stamp}", draft);
        Assert.DoesNotContain("UTC", readMe + draft);
    }

    [Fact]
    public void The_folder_holds_the_files_byte_for_byte_and_a_fakta_analisis_draft_per_indicator()
    {
        var entries = Sample();
        var output = Export(entries, Path.Combine(_dir.FullName, "bundel"), out var result);

        Assert.Equal((10, 3, Path.GetFullPath(output)), (result.Files, result.Indicators, result.Output));
        Assert.Empty(result.Warnings);
        string[] expected = [.. ExpectedNames, "BACA-SAYA.txt", "Indeks-Data-Dukung-2026.xlsx", "Indikator-01/Penjelasan-Indikator-01.txt",
            "Indikator-11/Penjelasan-Indikator-11.txt", "Indikator-32/Penjelasan-Indikator-32.txt"];
        Assert.Equal(expected.Order(StringComparer.Ordinal), FolderNames(output));
        foreach (var f in EvidenceExporter.Name(entries, Catalog))
            Assert.Equal(File.ReadAllBytes(f.Entry.SourcePath), File.ReadAllBytes(Path.Combine(output, f.RelativePath)));

        var draft = File.ReadAllText(Path.Combine(output, "Indikator-11", "Penjelasan-Indikator-11.txt"));
        Assert.Contains("Indikator 11: Tingkat Kematangan Arsitektur SPBE Instansi Pusat/Pemerintah Daerah", draft);
        Assert.Contains("Tingkat yang diusulkan: 3 ", draft);
        Assert.Contains("\"Kriteria tingkat 2 telah terpenuhi dan dokumen Arsitektur SPBE telah mencakup seluruh", draft);
        Assert.Contains("Penerapan Arsitektur SPBE telah terdokumentasikan pada data dukung 11.a.Dokumen-draft-rancangan-Arsitektur-SPBE.jpg, " +
                        "11.b.arsitektur-as-is.pdf, 11.c.arsitektur-as-is-v2.pdf, 11.d.arsitektur-lengkap.pdf, yaitu pada bab/halaman «nomor bab/halaman»", draft);
        Assert.DoesNotContain("11.e.", draft.Split("(FAKTA)")[0]);   // level 4 is not proposed, so not cited
        Assert.Contains("(FAKTA).\r\nBerdasarkan dokumentasi Arsitektur SPBE tersebut menunjukkan telah memenuhi kriteria tingkat 3", draft);
        Assert.Contains("(ANALISIS).", draft);
        Assert.Contains("Belum ada bukti yang disetujui untuk level 4:\r\n- butir 2: Terdapat notulensi", draft);
        Assert.DoesNotContain("- butir 4:", draft);   // "(opsional)" is not required
        Assert.Contains("- 11.h.Bukti-Lainnya.jpeg — lainnya; Bappeda; disetujui Rina Kartika 22/11/2026", draft);
        Assert.DoesNotMatch("[^\r]\n", draft);

        var layanan = File.ReadAllText(Path.Combine(output, "Indikator-32", "Penjelasan-Indikator-32.txt"));
        Assert.Contains("Tingkat yang diusulkan: belum ada", layanan);
        Assert.Contains("Layanan Perencanaan sudah diterapkan oleh Dinas Kominfo pada lingkup Kabupaten Sukamaju dengan nama aplikasi/layanan «nama aplikasi SPBE»", layanan);
        Assert.Contains("data dukung 32.a.Screenshot-Integrasi-API.pdf (FAKTA)", layanan);
        Assert.Contains("Belum ada bukti yang disetujui untuk level 1:\r\n- butir 1: Dokumentasi", layanan);

        var kebijakan = File.ReadAllText(Path.Combine(output, "Indikator-01", "Penjelasan-Indikator-01.txt"));
        Assert.Contains("Tingkat yang diusulkan: 1 ", kebijakan);
        Assert.Contains("Kebijakan internal terkait Arsitektur SPBE tercantum dalam «nama dokumen kebijakan»", kebijakan);
        Assert.Contains("pasal «nomor pasal» halaman «nomor halaman»", kebijakan);
        Assert.Contains("data dukung 1.a.Rancangan-Pergub-Arsitektur.pdf (FAKTA)", kebijakan);
        Assert.Contains("Berdasarkan norma/pasal tersebut pengaturan telah mencakup", kebijakan);

        var readMe = File.ReadAllText(Path.Combine(output, "BACA-SAYA.txt"));
        Assert.Contains("<nomor indikator>.<huruf>.<Nama>.<ekstensi>", readMe);
        Assert.Contains("DRAF", readMe);
        Assert.Contains("DRAFT", readMe);
    }

    [Fact]
    public void The_index_workbook_has_one_row_per_exported_file_and_a_summary_with_totals()
    {
        var entries = Sample();
        var output = Export(entries, Path.Combine(_dir.FullName, "bundel"), out _);

        using var workbook = new XLWorkbook(Path.Combine(output, "Indeks-Data-Dukung-2026.xlsx"));
        var sheet = workbook.Worksheet("Data Dukung");
        Assert.Equal(["Indikator", "Nama Indikator", "Level", "Butir", "Uraian Butir", "Nama File Ekspor", "Nama File Asli", "OPD", "Pengunggah",
            "Disetujui Oleh", "Tanggal Disetujui", "Ukuran (KB)", "SHA-256"], Enumerable.Range(1, 13).Select(c => sheet.Cell(1, c).GetString()));
        Assert.Equal(11, sheet.LastRowUsed().RowNumber());
        Assert.Equal(ExpectedNames, Enumerable.Range(2, 10).Select(r => sheet.Cell(r, 6).GetString()));
        Assert.Equal(1, sheet.SheetView.SplitRow);
        Assert.True(sheet.AutoFilter.IsEnabled);

        var lainnya = entries[1];   // row 10: 11.h
        Assert.Equal((11, 4, "lainnya", "WhatsApp Image 2024-01-01 at 10.00.00.jpeg", "Bappeda", "Budi Santoso", "Rina Kartika"),
            (sheet.Cell(10, 1).GetValue<int>(), sheet.Cell(10, 3).GetValue<int>(), sheet.Cell(10, 4).GetString(), sheet.Cell(10, 7).GetString(),
             sheet.Cell(10, 8).GetString(), sheet.Cell(10, 9).GetString(), sheet.Cell(10, 10).GetString()));
        Assert.Equal(new DateTime(2026, 11, 22), sheet.Cell(10, 11).GetDateTime());
        Assert.Equal(Math.Round(lainnya.Size / 1024.0, 1), sheet.Cell(10, 12).GetDouble());
        Assert.Equal(lainnya.Sha256, sheet.Cell(10, 13).GetString());
        Assert.StartsWith("Dokumentasi yang memuat Arsitektur SPBE as-is", sheet.Cell(4, 5).GetString());
        Assert.All(Enumerable.Range(2, 10), r => Assert.InRange(sheet.Cell(r, 5).GetString().Length, 1, 200));
        Assert.True(sheet.Column(5).Width > 8);   // set by hand, not left at the default

        var summary = workbook.Worksheet("Ringkasan");
        Assert.Equal([(1, 1, "1"), (11, 8, "3"), (32, 1, "belum ada")],
            Enumerable.Range(2, 3).Select(r => (summary.Cell(r, 1).GetValue<int>(), summary.Cell(r, 3).GetValue<int>(), summary.Cell(r, 4).GetString())));
        Assert.Equal(("Jumlah", 10), (summary.Cell(5, 2).GetString(), summary.Cell(5, 3).GetValue<int>()));

        // Text that looks like a number stays text (ClosedXML 0.95 would otherwise store 123).
        var odd = Export([Entry(32, 1, 1, "Informasi.pdf", opd: "0123")], Path.Combine(_dir.FullName, "angka"), out _);
        using var second = new XLWorkbook(Path.Combine(odd, "Indeks-Data-Dukung-2026.xlsx"));
        Assert.Equal((XLDataType.Text, "0123"), (second.Worksheet("Data Dukung").Cell(2, 8).DataType, second.Worksheet("Data Dukung").Cell(2, 8).GetString()));
    }

    [Theory]
    [InlineData("bundel")]
    [InlineData("bundel.zip")]
    public void An_altered_or_missing_source_is_skipped_with_a_warning(string name)
    {
        var entries = Sample();
        File.WriteAllText(entries[4].SourcePath, "diubah setelah disetujui");   // 11.e Dokumen-Arsitektur-SPBE
        File.Delete(entries[0].SourcePath);                                     // 32.a
        var output = Export(entries, Path.Combine(_dir.FullName, name), out var result);

        Assert.Equal((8, 2), (result.Files, result.Indicators));
        Assert.Equal(2, result.Warnings.Count);
        Assert.Contains(result.Warnings, w => w.Reason == ExportSkip.ContentChanged && w.OriginalName == "Dokumen Arsitektur SPBE.pdf");
        Assert.Contains(result.Warnings, w => w.Reason == ExportSkip.NotInStore && w.OriginalName == "Screenshot Integrasi API.pdf");
        Assert.Contains(result.Warnings, w => EvidenceExportTexts.Id.Warning(w).Contains("isi berkas berubah (SHA-256 "));
        Assert.Contains(result.Warnings, w => EvidenceExportTexts.En.Warning(w) == $"Warning: Screenshot Integrasi API.pdf (#{w.EvidenceId}): the file was not found in the store, not exported");
        var names = name.EndsWith(".zip") ? ZipNames(output) : FolderNames(output);
        Assert.DoesNotContain(names, n => n.Contains("Dokumen-Arsitektur-SPBE") || n.StartsWith("Indikator-32"));
        // The letters close up over the skipped file; nothing but the output is left beside it (no temp file).
        Assert.Equal(["11.a", "11.b", "11.c", "11.d", "11.e.Hasil-reviu", "11.f", "11.g"],
            names.Where(n => n.StartsWith("Indikator-11/11.")).Select(n => n[13..] is var f && f.StartsWith("11.e") ? f[..^5] : f[..4]));
        Assert.Equal(new[] { name, "src-" }.Order(), _dir.GetFileSystemInfos().Select(f => f.Name.StartsWith("src-") ? "src-" : f.Name).Distinct().Order());
    }

    static List<string> ZipNames(string zip)
    {
        using var archive = ZipFile.OpenRead(zip);
        return archive.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal).ToList();
    }

    [Fact]
    public void The_zip_has_the_same_entries_and_bytes_as_the_folder()
    {
        var entries = Sample();
        var folder = Export(entries, Path.Combine(_dir.FullName, "folder"), out _);
        var zip = Export(entries, Path.Combine(_dir.FullName, "out", "bundel.zip"), out var result);

        Assert.Equal(10, result.Files);
        Assert.Equal(FolderNames(folder), ZipNames(zip));
        using var archive = ZipFile.OpenRead(zip);
        using var copy = new MemoryStream();
        using (var stream = archive.GetEntry("Indikator-32/32.a.Screenshot-Integrasi-API.pdf")!.Open()) stream.CopyTo(copy);
        Assert.Equal(File.ReadAllBytes(entries[0].SourcePath), copy.ToArray());
        Assert.Equal(["bundel.zip"], Directory.GetFileSystemEntries(Path.GetDirectoryName(zip)!).Select(Path.GetFileName));
    }

    [Fact]
    public void An_existing_output_is_refused_but_an_empty_folder_is_used()
    {
        var entries = Sample();
        var full = Path.Combine(_dir.FullName, "isi");
        Directory.CreateDirectory(full);
        File.WriteAllText(Path.Combine(full, "lama.txt"), "jangan ditimpa");
        Assert.Equal(ExportTargetProblem.FolderNotEmpty, EvidenceExporter.TargetProblem(full));
        Assert.Throws<ArgumentException>(() => Export(entries, full, out _));
        Assert.Equal(["lama.txt"], Directory.GetFileSystemEntries(full).Select(Path.GetFileName));

        var zip = Path.Combine(_dir.FullName, "ada.zip");
        File.WriteAllText(zip, "zip lama");
        Assert.Equal(ExportTargetProblem.Exists, EvidenceExporter.TargetProblem(zip));
        Assert.Throws<ArgumentException>(() => Export(entries, zip, out _));
        Assert.Equal("zip lama", File.ReadAllText(zip));

        var empty = Directory.CreateDirectory(Path.Combine(_dir.FullName, "kosong")).FullName;
        Assert.Null(EvidenceExporter.TargetProblem(empty + "/"));
        Assert.Equal(10, EvidenceExporter.Export(entries, Catalog, "Kabupaten Sukamaju", 2026, empty + "/", Now).Files);
        Assert.True(File.Exists(Path.Combine(empty, "Indikator-32", "32.a.Screenshot-Integrasi-API.pdf")));
    }

    [Fact]
    public void An_optional_item_is_not_needed_for_the_proposed_level()
    {
        List<ExportEntry> entries = [Entry(11, 1, 1, "a.pdf"), Entry(11, 2, 1, "b.pdf"), Entry(11, 3, 1, "c.pdf"),
            Entry(11, 4, 1, "d.pdf"), Entry(11, 4, 2, "e.pdf"), Entry(11, 4, 3, "f.pdf"), Entry(11, 5, 2, "g.pdf")];
        var draft = ExplanationDraft.Write(Catalog, "Kabupaten Sukamaju", 2026, 11, EvidenceExporter.Name(entries, Catalog), Now);

        Assert.Contains("Tingkat yang diusulkan: 4 (semua butir bukti dukung wajib level 1–4", draft);   // butir 4 "(opsional)" absent
        Assert.Contains("data dukung 11.a.a.pdf, 11.b.b.pdf, 11.c.c.pdf, 11.d.d.pdf, 11.e.e.pdf, 11.f.f.pdf, yaitu", draft);
        Assert.Contains("Belum ada bukti yang disetujui untuk level 5:\r\n- butir 1: Terdapat notulensi", draft);
        Assert.Contains("\r\n- butir 3: Dokumen Arsitektur SPBE", draft);
        Assert.DoesNotContain("- butir 2: Dokumen Arsitektur SPBE as-is", draft);

        var partial = ExplanationDraft.Write(Catalog, "Kabupaten Sukamaju", 2026, 11,
            EvidenceExporter.Name(entries.Where(e => (e.Level, e.Item) != (4, 2)).ToList(), Catalog), Now);
        Assert.Contains("Tingkat yang diusulkan: 3 ", partial);
        Assert.Contains("untuk level 4:\r\n- butir 2: Terdapat notulensi", partial);
        Assert.DoesNotContain("- butir 4:", partial);
    }

    [Fact]
    public void An_indicator_missing_from_the_catalog_is_skipped_with_a_warning()
    {
        var result = EvidenceExporter.Export([Entry(99, 1, 1, "nyasar.pdf"), Entry(32, 1, 1, "Informasi Perencanaan.pdf")],
            Catalog, "Kabupaten Sukamaju", 2026, Path.Combine(_dir.FullName, "b"), Now);
        Assert.Equal((1, 1), (result.Files, result.Indicators));
        var warning = Assert.Single(result.Warnings);
        Assert.Equal($"Peringatan: nyasar.pdf (#{warning.EvidenceId}): indikator 99 tidak ada di spbe-2024, tidak diekspor", EvidenceExportTexts.Id.Warning(warning));
        Assert.Equal($"Warning: nyasar.pdf (#{warning.EvidenceId}): indicator 99 is not in spbe-2024, not exported", EvidenceExportTexts.En.Warning(warning));
    }

    [Fact]
    public void A_flagged_file_is_named_with_its_flags_and_a_stale_reviu_is_no_FAKTA_nor_the_policys_name()
    {
        static EvidenceCheck Check(string kind, string? number, string[] flags, string quote) => new("spbe-2024", 8, 1, false, flags,
            [new FoundElement("isu/permasalahan", quote, 1)], [], new DocumentFacts(kind, number, 2023, null, true, false, "Kabupaten Sukamaju"), null, false, 2, []);
        var stale = Entry(8, 1, 1, "laporan-reviu-2023.pdf") with { Check = Check("Laporan", "555/387/Diskominfo/2023", [EvidenceCheckFlags.Stale], "Belum diatur ruang lingkup keamanan") };
        var draft = ExplanationDraft.Write(Catalog, "Kabupaten Sukamaju", 2026, 8, EvidenceExporter.Name([stale], Catalog), Now);
        Assert.Contains("  ⚠ pemeriksaan awal: lebih dari dua tahun — tidak dikutip sebagai FAKTA", draft);
        Assert.DoesNotContain("tercantum dalam Laporan", draft);
        Assert.Contains("tercantum dalam «nama dokumen kebijakan»", draft);
        Assert.DoesNotContain("yaitu pada halaman 1", draft);

        // Near miss: a draft policy is still quoted (level 1 asks for the draft), with its flag beside it.
        var konsep = Entry(8, 1, 1, "rancangan-perbup.pdf") with { Check = Check("Peraturan Bupati", null, [EvidenceCheckFlags.Draft], "Pasal 2 ruang lingkup keamanan informasi") };
        var quoted = ExplanationDraft.Write(Catalog, "Kabupaten Sukamaju", 2026, 8, EvidenceExporter.Name([konsep], Catalog), Now);
        Assert.Contains("  ⚠ pemeriksaan awal: masih draf/rancangan, belum ditetapkan\r\n", quoted);
        Assert.Contains("tercantum dalam Peraturan Bupati Nomor", quoted);
        Assert.Contains("«Pasal 2 ruang lingkup keamanan informasi»", quoted);
    }
}
