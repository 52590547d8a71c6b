using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using ClosedXML.Excel;
using SpbeBot.Core.Criteria;
using SpbeBot.Core.Evidence.Export;

namespace SpbeBot.Tests.Evidence;

public sealed class EvidenceExportTests : IDisposable
{
    static readonly CriteriaCatalog Catalog = CatalogStore.Get("spbe-2024");
    static readonly DateTimeOffset Now = new(2026, 11, 23, 4, 0, 0, TimeSpan.Zero);
    readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("spbebot-export-");
    long _id;

    public void Dispose() => _dir.Delete(recursive: true);

    ExportEntry Entry(int indicator, int level, int item, string name, string? content = null)
    {
        var bytes = Encoding.UTF8.GetBytes(content ?? $"{indicator}-{level}-{item}-{name}");
        var path = Path.Combine(_dir.FullName, "src-" + Guid.NewGuid().ToString("N"));
        File.WriteAllBytes(path, bytes);
        _id++;
        return new ExportEntry(indicator, level, item, path, name, Path.GetExtension(name), "Bappeda", "Budi Santoso", "Rina Kartika",
            Now.AddDays(-1), Now.AddDays(-10).AddMinutes(_id), Convert.ToHexStringLower(SHA256.HashData(bytes)), bytes.Length, null, _id);
    }

    List<ExportEntry> Sample() =>
    [
        Entry(32, 4, 1, "Screenshot Integrasi API.pdf"),
        Entry(11, 4, 1, "Dokumen Arsitektur SPBE.pdf"),
        Entry(11, 1, 1, "IMG_20240101_0930.jpg"),
        Entry(11, 2, 1, "arsitektur as-is.pdf"),
        Entry(11, 3, 1, "arsitektur lengkap.pdf"),
        Entry(11, 4, 3, "Hasil reviu.docx"),
        Entry(11, 4, 0, "foto-20250312-093000.jpg"),
    ];

    [Fact]
    public void Files_are_named_by_the_pedoman_convention_in_level_and_item_order()
    {
        var names = EvidenceExporter.Name(Sample(), Catalog).Select(f => f.RelativePath).ToList();
        Assert.Equal(
        [
            "Indikator-11/11.a.Dokumen-berupa-draft-rancangan-yang-memuat-Arsitektur.jpg",
            "Indikator-11/11.b.arsitektur-as-is.pdf",
            "Indikator-11/11.c.arsitektur-lengkap.pdf",
            "Indikator-11/11.d.Dokumen-Arsitektur-SPBE.pdf",
            "Indikator-11/11.e.Hasil-reviu.docx",
            "Indikator-11/11.f.Bukti-Lainnya.jpg",
            "Indikator-32/32.a.Screenshot-Integrasi-API.pdf",
        ], names);
        Assert.Equal(["a", "z", "aa", "ab", "ba"], new[] { 0, 25, 26, 27, 52 }.Select(EvidenceExporter.Letter));
    }

    [Fact]
    public void The_folder_holds_the_files_byte_for_byte_an_index_workbook_and_a_fakta_analisis_draft()
    {
        var entries = Sample();
        var output = Path.Combine(_dir.FullName, "bundel");
        var result = EvidenceExporter.Export(entries, Catalog, "Kabupaten Sukamaju", 2026, output, Now);

        Assert.Equal((7, 2), (result.Files, result.Indicators));
        Assert.Empty(result.Warnings);
        Assert.Equal(File.ReadAllBytes(entries[0].SourcePath), File.ReadAllBytes(Path.Combine(output, "Indikator-32", "32.a.Screenshot-Integrasi-API.pdf")));
        var draft = File.ReadAllText(Path.Combine(output, "Indikator-11", "Penjelasan-Indikator-11.txt"));
        Assert.Contains("Tingkat yang diusulkan: 3", draft);
        Assert.Contains("11.a.Dokumen-berupa-draft-rancangan-yang-memuat-Arsitektur.jpg, 11.b.arsitektur-as-is.pdf, 11.c.arsitektur-lengkap.pdf, yaitu pada bab/halaman", draft);
        Assert.Contains("(FAKTA)", draft);
        Assert.Contains("(ANALISIS)", draft);
        Assert.Contains("Belum ada bukti yang disetujui untuk level 4:", draft);
        Assert.Contains("- butir 2: Terdapat notulensi", draft);
        Assert.DoesNotContain("- butir 4:", draft);   // "(opsional)" is not required
        Assert.Contains("\r\n", draft);
        var layanan = File.ReadAllText(Path.Combine(output, "Indikator-32", "Penjelasan-Indikator-32.txt"));
        Assert.Contains("Layanan Perencanaan sudah diterapkan oleh Bappeda pada lingkup Kabupaten Sukamaju", layanan);
        Assert.Contains("data dukung 32.a.Screenshot-Integrasi-API.pdf (FAKTA)", layanan);

        using var workbook = new XLWorkbook(Path.Combine(output, "Indeks-Data-Dukung-2026.xlsx"));
        var sheet = workbook.Worksheet("Data Dukung");
        Assert.Equal(8, sheet.LastRowUsed()!.RowNumber());
        Assert.Equal("Indikator-32/32.a.Screenshot-Integrasi-API.pdf", sheet.Cell(8, 6).GetString());
        Assert.Equal(entries[0].Sha256, sheet.Cell(8, 13).GetString());
        var summary = workbook.Worksheet("Ringkasan");
        Assert.Equal((11, 6, 3), (summary.Cell(2, 1).GetValue<int>(), summary.Cell(2, 3).GetValue<int>(), summary.Cell(2, 4).GetValue<int>()));
        Assert.True(File.Exists(Path.Combine(output, "BACA-SAYA.txt")));

        Assert.Throws<ArgumentException>(() => EvidenceExporter.Export(entries, Catalog, "Kabupaten Sukamaju", 2026, output, Now));
    }

    [Fact]
    public void The_zip_has_the_same_layout_and_an_altered_or_missing_file_is_skipped_with_a_warning()
    {
        var entries = Sample();
        var folder = Path.Combine(_dir.FullName, "folder");
        EvidenceExporter.Export(entries, Catalog, "Kabupaten Sukamaju", 2026, folder, Now);
        var expected = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(folder, p).Replace('\\', '/')).Order().ToList();

        File.WriteAllText(entries[1].SourcePath, "diubah");
        File.Delete(entries[2].SourcePath);
        var zip = Path.Combine(_dir.FullName, "bundel.zip");
        var result = EvidenceExporter.Export(entries, Catalog, "Kabupaten Sukamaju", 2026, zip, Now);

        Assert.Equal(2, result.Warnings.Count);
        using var archive = ZipFile.OpenRead(zip);
        var names = archive.Entries.Select(e => e.FullName).Order().ToList();
        Assert.Equal(expected.Count - 2, names.Count);
        Assert.DoesNotContain(names, n => n.Contains("Dokumen-Arsitektur-SPBE"));
        Assert.Empty(Directory.GetFiles(_dir.FullName, "bundel.zip.tmp-*"));
    }
}
