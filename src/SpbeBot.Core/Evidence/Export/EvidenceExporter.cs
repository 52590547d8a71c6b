using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using SpbeBot.Core.Criteria;

namespace SpbeBot.Core.Evidence.Export;

/// <summary>
/// The approved evidence as a bundle for the national SPBE application: a folder per indicator ("Indikator-32"),
/// files named by the Pedoman's convention (BAB III: "32.a.Integrasi-SIPD.pdf"), a draft FAKTA + ANALISIS explanation
/// per indicator, an index spreadsheet and a read-me. Written to a folder, or to a .zip that appears only when complete.
/// </summary>
public static partial class EvidenceExporter
{
    public static ExportResult Export(IReadOnlyList<ExportEntry> entries, CriteriaCatalog catalog, string instansiName, int year, string output, DateTimeOffset now)
    {
        var toZip = output.EndsWith(".zip", StringComparison.OrdinalIgnoreCase);
        var target = Path.GetFullPath(output);
        if (!toZip && Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any())
            throw new ArgumentException($"Folder {target} tidak kosong; mohon pilih folder baru. / The folder is not empty; please choose a new one.");
        if (toZip && File.Exists(target))
            throw new ArgumentException($"Berkas {target} sudah ada. / The file already exists.");

        var files = Name(entries, catalog);
        var warnings = new List<string>();
        // A zip is written beside its final name and renamed when complete, so a crash never leaves half a bundle.
        var staging = toZip ? target + ".tmp-" + Guid.NewGuid().ToString("N")[..8] : target;
        Directory.CreateDirectory(toZip ? Path.GetDirectoryName(target)! : target);
        var written = new List<ExportedFile>();
        using (var bundle = toZip ? new Bundle(ZipFile.Open(staging, ZipArchiveMode.Create)) : new Bundle(target))
        {
            foreach (var file in files)
            {
                if (bundle.CopyVerified(file)) written.Add(file);
                else warnings.Add($"{file.Entry.OriginalName} (#{file.Entry.EvidenceId}): berkas hilang atau berubah di penyimpanan, tidak diekspor / missing or altered in the store, skipped");
            }
            foreach (var group in written.GroupBy(f => f.Entry.Indicator))
                bundle.WriteText($"{Folder(group.Key)}/Penjelasan-{Folder(group.Key)}.txt",
                    ExplanationDraft.Write(catalog, instansiName, year, group.Key, group.ToList(), now));
            bundle.Write($"Indeks-Data-Dukung-{year}.xlsx", stream => ExportIndexSheet.Write(stream, catalog, written));
            bundle.WriteText("BACA-SAYA.txt", ReadMe(instansiName, year, now));
        }
        if (toZip) File.Move(staging, target);
        return new ExportResult(written.Count, written.Select(f => f.Entry.Indicator).Distinct().Count(), target, warnings);
    }

    /// <summary>Letters per indicator in the Pedoman's order: by level, then item ("lainnya" last), then upload time.</summary>
    public static IReadOnlyList<ExportedFile> Name(IReadOnlyList<ExportEntry> entries, CriteriaCatalog catalog) =>
        entries.GroupBy(e => e.Indicator).OrderBy(g => g.Key).SelectMany(g => g
            .OrderBy(e => e.Level).ThenBy(e => e.Item == 0 ? int.MaxValue : e.Item).ThenBy(e => e.UploadedAt).ThenBy(e => e.EvidenceId)
            .Select((e, i) => new ExportedFile(e, Folder(e.Indicator), $"{e.Indicator}.{Letter(i)}.{Title(e, catalog)}{e.Extension}")))
            .ToList();

    public static string Folder(int indicator) => $"Indikator-{indicator:D2}";

    /// <summary>a, b, … z, aa, ab, …</summary>
    public static string Letter(int index) => index < 26 ? ((char)('a' + index)).ToString() : Letter(index / 26 - 1) + Letter(index % 26);

    /// <summary>The uploader's own file name when it says something; otherwise the evidence item's first words.</summary>
    static string Title(ExportEntry e, CriteriaCatalog catalog)
    {
        var stem = FileNames.Slug(Path.GetFileNameWithoutExtension(e.OriginalName));
        if (!IsGeneric(stem)) return stem;
        var item = e.Item > 0 ? catalog.FindIndicator(e.Indicator)?.Level(e.Level)?.Evidence.ElementAtOrDefault(e.Item - 1) : null;
        var words = item is null ? "" : FileNames.Slug(string.Join(' ', item.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(6)));
        return words.Length > 0 ? words : "Bukti-Lainnya";
    }

    // Camera, scanner and chat-app names ("IMG_20240101_0930", "foto-20250312-093000", "WhatsApp Image 2024-…") say nothing.
    [GeneratedRegex(@"^(?:(?:img|dsc|pxl|photo|foto|image|gambar|scan|scanned|camscanner|document|dokumen|doc|file|berkas|whatsapp|wa|screenshot|tangkapan|layar|at|pm|am|untitled)|[\d_-])*$", RegexOptions.IgnoreCase)]
    private static partial Regex Generic();

    static bool IsGeneric(string slug) => slug.Length == 0 || Generic().IsMatch(slug.Replace('-', '_').Replace("_", ""));

    static string ReadMe(string instansi, int year, DateTimeOffset now) => string.Join("\r\n",
        $"Bundel data dukung evaluasi SPBE — {instansi}, tahun {year}",
        $"Dibuat oleh SpbeBot pada {now:yyyy-MM-dd HH:mm} UTC.",
        "",
        "Isi:",
        "- Satu folder per indikator (Indikator-01 … Indikator-47) berisi berkas bukti dukung yang sudah disetujui koordinator.",
        "- Nama berkas mengikuti kaidah Pedoman Menteri PANRB 3/2024 BAB III: <nomor indikator>.<huruf>.<Nama>.<ekstensi>,",
        "  mis. 11.a.Dokumen-Arsitektur-SPBE.pdf; huruf mengikuti urutan level lalu butir bukti dukung.",
        "- Penjelasan-Indikator-NN.txt: DRAF penjelasan penilaian mandiri dengan pola FAKTA + ANALISIS. Mohon disunting oleh",
        "  Asesor Internal; bagian bertanda «…» wajib dilengkapi (nomor pasal, halaman, nama aplikasi).",
        $"- Indeks-Data-Dukung-{year}.xlsx: daftar semua berkas, asal, penyetuju dan sidik jari SHA-256.",
        "",
        $"SPBE evaluation evidence bundle — {instansi}, {year}. One folder per indicator with the approved evidence, files",
        "named by the Pedoman's convention (<indicator>.<letter>.<Name>.<ext>), a DRAFT FAKTA + ANALISIS explanation per",
        "indicator for the internal assessor to edit (complete every «…»), and an index spreadsheet.",
        "");

    /// <summary>One place that writes into either a folder or a zip, and copies each file only if its hash still matches.</summary>
    sealed class Bundle : IDisposable
    {
        readonly ZipArchive? _zip;
        readonly string? _folder;

        public Bundle(ZipArchive zip) => _zip = zip;
        public Bundle(string folder) => _folder = folder;

        public bool CopyVerified(ExportedFile file)
        {
            if (!File.Exists(file.Entry.SourcePath)) return false;
            using (var check = File.OpenRead(file.Entry.SourcePath))
                if (Convert.ToHexStringLower(SHA256.HashData(check)) != file.Entry.Sha256) return false;
            Write(file.RelativePath, destination =>
            {
                using var source = File.OpenRead(file.Entry.SourcePath);
                source.CopyTo(destination);
            });
            return true;
        }

        public void WriteText(string path, string text) => Write(path, s => s.Write(new UTF8Encoding(true).GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray()));

        public void Write(string path, Action<Stream> write)
        {
            if (_zip is not null)
            {
                using var entry = _zip.CreateEntry(path, CompressionLevel.Optimal).Open();
                write(entry);
                return;
            }
            var full = Path.Combine(_folder!, path.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            using var stream = File.Create(full);
            write(stream);
        }

        public void Dispose() => _zip?.Dispose();
    }
}
