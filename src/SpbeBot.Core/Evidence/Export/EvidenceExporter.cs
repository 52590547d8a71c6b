using SpbeBot.Core.People;
using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using SpbeBot.Core.Criteria;

namespace SpbeBot.Core.Evidence.Export;

/// <summary>
/// The approved evidence as a bundle for the national SPBE application: a folder per indicator ("Indikator-32"),
/// files named by the Pedoman's convention (BAB III: "32.a.Integrasi-SIPD.pdf"), a draft FAKTA + ANALISIS explanation
/// per indicator, an index spreadsheet and a read-me. Written beside the final name and moved there only when
/// complete, so a crash never leaves half a bundle under the name the user asked for.
/// </summary>
public static partial class EvidenceExporter
{
    /// <summary>Why <paramref name="output"/> cannot take a bundle (it exists: a file, or a folder with something in it); null when it can.</summary>
    public static ExportTargetProblem? TargetProblem(string output)
    {
        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        if (File.Exists(target) || (output.EndsWith(".zip", StringComparison.OrdinalIgnoreCase) && Directory.Exists(target))) return ExportTargetProblem.Exists;
        return Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any() ? ExportTargetProblem.FolderNotEmpty : null;
    }

    /// <param name="output">A new or empty folder, or a path ending ".zip" that does not exist yet.</param>
    /// <exception cref="ArgumentException">The output exists (<see cref="TargetProblem"/>: callers say so in the person's words first).</exception>
    /// <param name="timeZone">The instansi's zone (IANA): every time in the bundle is written in it, with WIB/WITA/WIT.</param>
    public static ExportResult Export(IReadOnlyList<ExportEntry> entries, CriteriaCatalog catalog, string instansiName, int year, string output, DateTimeOffset now,
        string timeZone = TimeZones.Wib)
    {
        var toZip = output.EndsWith(".zip", StringComparison.OrdinalIgnoreCase);
        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        if (TargetProblem(output) is { } taken) throw new ArgumentException($"{target}: {taken}", nameof(output));

        var warnings = new List<ExportWarning>();
        var known = entries.Where(e => catalog.FindIndicator(e.Indicator) is not null).ToList();
        foreach (var e in entries.Where(e => catalog.FindIndicator(e.Indicator) is null))
            warnings.Add(new ExportWarning(ExportSkip.UnknownIndicator, e.OriginalName, e.EvidenceId) { Indicator = e.Indicator, Framework = catalog.Framework });

        var parent = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(target)}.tmp-{Guid.NewGuid():N}");
        try
        {
            var written = new List<ExportedFile>();
            using (var bundle = toZip ? new Bundle(ZipFile.Open(staging, ZipArchiveMode.Create), staging) : new Bundle(staging))
            {
                // Checked before naming so that a skipped file leaves no gap in the letters; checked again on copy.
                var checks = known.Select(e => (Entry: e, Problem: Bundle.Check(e))).ToList();
                warnings.AddRange(checks.Where(c => c.Problem is not null).Select(c => c.Problem!));
                foreach (var file in Name(checks.Where(c => c.Problem is null).Select(c => c.Entry).ToList(), catalog))
                {
                    var problem = bundle.CopyVerified(file);
                    if (problem is null) written.Add(file);
                    else warnings.Add(problem with { FileName = file.FileName });
                }
                var texts = TextsOf(written);
                foreach (var group in written.GroupBy(f => f.Entry.Indicator))
                    bundle.WriteText($"{Folder(group.Key)}/Penjelasan-{Folder(group.Key)}.txt",
                        ExplanationDraft.Write(catalog, instansiName, year, group.Key, group.ToList(), now, timeZone, texts));
                bundle.Write($"Indeks-Data-Dukung-{year}.xlsx", stream => ExportIndexSheet.Write(stream, catalog, written, timeZone));
                bundle.WriteText("BACA-SAYA.txt", ReadMe(instansiName, year, now, timeZone));
            }
            if (toZip) File.Move(staging, target);
            else
            {
                if (Directory.Exists(target)) Directory.Delete(target); // empty (checked above); throws if something appeared since
                Directory.Move(staging, target);
            }
            return new ExportResult(written.Count, written.Select(f => f.Entry.Indicator).Distinct().Count(), target, warnings);
        }
        catch
        {
            if (File.Exists(staging)) File.Delete(staging);
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
            throw;
        }
    }

    /// <summary>
    /// The pages of each file whose pre-check quoted something from its text layer, read again (no OCR) so the draft
    /// explanation can name the Pasal each quote stands under. The reader never throws; what it cannot read has no pages.
    /// </summary>
    static Dictionary<long, IReadOnlyList<string>> TextsOf(IEnumerable<ExportedFile> files) =>
        files.Where(f => f.Entry.Check is { Ocr: false, Found.Count: > 0 }).DistinctBy(f => f.Entry.EvidenceId).ToDictionary(f => f.Entry.EvidenceId,
            // Without OCR the reading is plain file parsing: nothing here waits on another process.
            f => Checking.DocumentReader.ReadAsync(f.Entry.SourcePath, f.Entry.OriginalName, allowOcr: false, limits: null, CancellationToken.None).GetAwaiter().GetResult().Pages);

    /// <summary>Letters per indicator in the Pedoman's order: by level, then item ("lainnya" last), then upload time.</summary>
    public static IReadOnlyList<ExportedFile> Name(IReadOnlyList<ExportEntry> entries, CriteriaCatalog catalog) =>
        entries.GroupBy(e => e.Indicator).OrderBy(g => g.Key).SelectMany(g => g
            .OrderBy(e => e.Level).ThenBy(e => e.Item == 0 ? int.MaxValue : e.Item).ThenBy(e => e.UploadedAt).ThenBy(e => e.EvidenceId)
            .Select((e, i) => new ExportedFile(e, Folder(e.Indicator), $"{e.Indicator}.{Letter(i)}.{Title(e, catalog)}{Extension(e)}")))
            .ToList();

    public static string Folder(int indicator) => $"Indikator-{indicator:D2}";

    /// <summary>a, b, … z, aa, ab, …</summary>
    public static string Letter(int index) => index < 26 ? ((char)('a' + index)).ToString() : Letter(index / 26 - 1) + Letter(index % 26);

    static string Extension(ExportEntry e) => FileNames.Slug(e.Extension.TrimStart('.'), 10).ToLowerInvariant() is { Length: > 0 } ext ? "." + ext : "";

    /// <summary>The uploader's own file name when it says something; otherwise the evidence item's first words.</summary>
    internal static string Title(ExportEntry e, CriteriaCatalog catalog)
    {
        var stem = FileNames.Slug(Path.GetFileNameWithoutExtension(FileNames.Sanitize(e.OriginalName, "")));
        if (!IsGeneric(stem)) return stem;
        var item = e.Item > 0 ? catalog.FindIndicator(e.Indicator)?.Level(e.Level)?.Evidence.ElementAtOrDefault(e.Item - 1) : null;
        var words = item is null ? "" : FileNames.Slug(string.Join(' ', KeyWords(item).Take(6)));
        return words.Length > 0 ? words : "Bukti-Lainnya";
    }

    // The first clause of an item carries its subject ("Dokumen berupa draft/rancangan yang memuat Arsitektur SPBE; …").
    static IEnumerable<string> KeyWords(string item) =>
        Parenthesis().Replace(item.Split([';', ':'])[0], " ")
            .Split([' ', '/', ','], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !StopWords.Contains(w.Trim('.')));

    static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase) {
        "yang", "dan", "atau", "di", "ke", "dari", "untuk", "dengan", "pada", "dalam", "berupa", "terdapat", "adanya", "tentang",
        "oleh", "serta", "bahwa", "yaitu", "telah", "sudah", "sebagai", "secara", "masih", "tersebut", "ini", "itu", "seperti",
        "misalnya", "memuat", "berisi", "menggambarkan", "menguraikan", "mencakup", "terkait", "the", "of", "a", "an",
    };

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Parenthesis();

    // Camera, scanner and chat-app names ("IMG_20240101_0930", "WhatsApp-Image-2024-01-01-at-10-00-00", "scan0001") say
    // nothing: every word is a generic one or a number, possibly glued together.
    [GeneratedRegex(@"^(?:img|dsc|dcim|pxl|vid|photo|foto|image|gambar|scan|scanned|camscanner|document|dokumen|doc|file|berkas|whatsapp|wa|screenshot|ss|tangkapan|layar|at|pm|am|untitled|copy|salinan|new|baru)?\d*$", RegexOptions.IgnoreCase)]
    private static partial Regex GenericWord();

    // A hash or GUID name ("3f2a9c1e-…") is as meaningless as a camera name.
    [GeneratedRegex(@"^(?=.*\d)[0-9a-f]{16,}$", RegexOptions.IgnoreCase)]
    private static partial Regex HexName();

    internal static bool IsGeneric(string slug) =>
        slug.Length == 0 || HexName().IsMatch(slug.Replace("-", "")) || slug.Split('-', '_').All(w => GenericWord().IsMatch(w));

    /// <summary>"03/12/2026 17:15 WITA": a moment in the instansi's zone.</summary>
    internal static string Stamp(DateTimeOffset moment, string timeZone) =>
        TimeZones.ToLocal(moment, timeZone).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture) + " " + TimeZones.Abbreviation(timeZone);

    static string ReadMe(string instansi, int year, DateTimeOffset now, string timeZone) => string.Join("\r\n",
        $"Bundel data dukung evaluasi SPBE — {instansi}, tahun {year}",
        $"Dibuat oleh SpbeBot pada {Stamp(now, timeZone)}.",
        "",
        "Isi:",
        "- Satu folder per indikator (Indikator-01 … Indikator-47) berisi berkas bukti dukung yang sudah disetujui koordinator.",
        "- Nama berkas mengikuti kaidah Pedoman Menteri PANRB 3/2024 BAB III: <nomor indikator>.<huruf>.<Nama>.<ekstensi>,",
        "  mis. 11.a.Dokumen-Arsitektur-SPBE.pdf; huruf mengikuti urutan level, lalu butir bukti dukung (\"lainnya\" terakhir).",
        "- Penjelasan-Indikator-NN.txt: DRAF penjelasan penilaian mandiri dengan pola FAKTA + ANALISIS. Mohon disunting oleh",
        "  Asesor Internal sebelum disalin ke aplikasi; bagian bertanda «…» wajib dilengkapi (nomor pasal, halaman, nama aplikasi).",
        $"- Indeks-Data-Dukung-{year}.xlsx: daftar semua berkas (asal, pengunggah, penyetuju, SHA-256) dan ringkasan per indikator.",
        "",
        $"SPBE evaluation evidence bundle — {instansi}, {year}. One folder per indicator holding the approved evidence, files",
        "named by the Pedoman's convention (<indicator>.<letter>.<Name>.<ext>, letters in level then item order), a DRAFT",
        "FAKTA + ANALISIS explanation per indicator for the internal assessor to edit (complete every «…»), and an index",
        "spreadsheet listing every file with its SHA-256.",
        "");

    /// <summary>Writes into a folder or a zip, and copies a file only if the copy's SHA-256 is the recorded one.</summary>
    sealed class Bundle : IDisposable
    {
        readonly ZipArchive? _zip;
        readonly string _root;

        public Bundle(ZipArchive zip, string zipPath) => (_zip, _root) = (zip, zipPath);
        public Bundle(string folder) => _root = folder;

        /// <returns>Null when the stored file is there with the recorded SHA-256; otherwise why it is skipped.</returns>
        public static ExportWarning? Check(ExportEntry entry) => Verify(entry, Stream.Null);

        /// <returns>Null when copied; otherwise why the file was skipped (and nothing of it is left in the bundle).</returns>
        public ExportWarning? CopyVerified(ExportedFile file)
        {
            // A zip entry cannot be taken back, so for a zip the copy is made and checked in a private file first.
            var copy = _zip is null ? FullPath(file.RelativePath) : _root + ".part";
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            try
            {
                ExportWarning? problem;
                using (var destination = File.Create(copy)) problem = Verify(file.Entry, destination);
                if (problem is not null) File.Delete(copy);
                if (problem is not null || _zip is null) return problem;
                using var entry = _zip.CreateEntry(file.RelativePath, CompressionLevel.Optimal).Open();
                using var verified = File.OpenRead(copy);
                verified.CopyTo(entry);
                return null;
            }
            finally
            {
                if (_zip is not null) File.Delete(copy);
            }
        }

        // Hashes exactly the bytes written, so what is verified is the copy itself.
        static ExportWarning? Verify(ExportEntry entry, Stream destination)
        {
            if (!File.Exists(entry.SourcePath)) return new ExportWarning(ExportSkip.NotInStore, entry.OriginalName, entry.EvidenceId);
            using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            using (var input = File.OpenRead(entry.SourcePath))
            {
                var buffer = new byte[81920];
                for (int read; (read = input.Read(buffer)) > 0;)
                {
                    sha.AppendData(buffer, 0, read);
                    destination.Write(buffer, 0, read);
                }
            }
            var hash = Convert.ToHexStringLower(sha.GetHashAndReset());
            return hash.Equals(entry.Sha256, StringComparison.OrdinalIgnoreCase) ? null
                : new ExportWarning(ExportSkip.ContentChanged, entry.OriginalName, entry.EvidenceId) { Actual = hash[..12], Expected = entry.Sha256[..Math.Min(12, entry.Sha256.Length)] };
        }

        // With a BOM so that old Windows Notepad does not guess ANSI.
        public void WriteText(string path, string text) => Write(path, s => { s.Write(Encoding.UTF8.Preamble); s.Write(Encoding.UTF8.GetBytes(text)); });

        public void Write(string path, Action<Stream> write)
        {
            if (_zip is not null)
            {
                using var entry = _zip.CreateEntry(path, CompressionLevel.Optimal).Open();
                write(entry);
                return;
            }
            var full = FullPath(path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            using var stream = File.Create(full);
            write(stream);
        }

        string FullPath(string relative) => Path.Combine(_root, relative.Replace('/', Path.DirectorySeparatorChar));

        public void Dispose() => _zip?.Dispose();
    }
}

/// <summary>Why an export's output cannot be used.</summary>
public enum ExportTargetProblem
{
    /// <summary>A file of that name exists (or a folder, for a .zip).</summary>
    Exists,
    /// <summary>The folder has something in it already.</summary>
    FolderNotEmpty,
}
