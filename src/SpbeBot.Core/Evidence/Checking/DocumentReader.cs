using System.Diagnostics;
using System.Text;
using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Exceptions;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace SpbeBot.Core.Evidence.Checking;

/// <summary>
/// The text of one document, page by page (1-based pages are the list's index + 1), and what could not be read.
/// </summary>
/// <param name="Pages">Each page's text; pages beyond the cap are absent.</param>
/// <param name="TotalPages">Pages the document has (also those not read).</param>
/// <param name="Ocr">The text came from OCR.</param>
/// <param name="NeedsOcr">The text layer is empty or too thin and OCR was not allowed.</param>
/// <param name="Notes">What could and could not be read, in Indonesian.</param>
public sealed record DocumentText(IReadOnlyList<string> Pages, int TotalPages, bool Ocr, bool NeedsOcr, IReadOnlyList<string> Notes)
{
    public bool HasText => Pages.Any(p => p.Count(char.IsLetter) >= 20);
}

/// <summary>Limits of one reading: pages read (text or OCR), and the time OCR may take for one document.</summary>
public sealed record ReadLimits(int MaxPages = 40, TimeSpan? OcrTimeLimit = null, int OcrDpi = 150)
{
    public TimeSpan OcrBudget => OcrTimeLimit ?? TimeSpan.FromMinutes(4);
}

/// <summary>
/// Reads the text of an uploaded document: PDF text layers (PdfPig), DOCX (Open XML; macro-enabled files are refused
/// unopened), spreadsheets (ClosedXML), and images and scanned PDFs by OCR (tesseract, pages rendered by poppler's
/// pdftoppm). Never throws for a bad file: what could not be read is said in <see cref="DocumentText.Notes"/>.
/// </summary>
public static class DocumentReader
{
    /// <summary>A page with fewer letters than this in its text layer is treated as a scanned page.</summary>
    const int ThinPageLetters = 40;

    public static async Task<DocumentText> ReadAsync(string path, string fileName, bool allowOcr, ReadLimits? limits, CancellationToken ct)
    {
        limits ??= new ReadLimits();
        var inspection = FileInspector.Inspect(path, fileName, long.MaxValue);
        if (inspection.Problem == FileProblem.NotAllowed && inspection.Detail == "macro"
            || Path.GetExtension(fileName).Equals(".docm", StringComparison.OrdinalIgnoreCase))
            return Nothing("Dokumen berisi makro (DOCM/XLSM): tidak dibuka dan tidak dibaca. Simpan ulang sebagai PDF atau DOCX tanpa makro.");
        switch (inspection.Problem)
        {
            case FileProblem.Empty: return Nothing("Berkas kosong (0 bita): tidak ada yang dapat dibaca.");
            case FileProblem.Encrypted: return Nothing("PDF terenkripsi/berkata sandi: isinya tidak dapat dibaca. Unggah PDF tanpa kata sandi.");
            case FileProblem.CorruptPdf: return Nothing($"PDF rusak ({inspection.Detail}): isinya tidak dapat dibaca.");
            case FileProblem.CorruptDocument: return Nothing("Berkas rusak atau tidak lengkap: isinya tidak dapat dibaca.");
            case FileProblem.ZipBomb or FileProblem.UnsafeEntryName: return Nothing("Arsip tidak aman: tidak dibuka.");
            case FileProblem.NotAllowed when inspection.Detail == "legacy-office":
                return Nothing("Format Office lama (DOC/XLS/PPT) tidak dibaca: simpan ulang sebagai PDF atau DOCX.");
        }
        return inspection.Kind switch
        {
            EvidenceFileKind.Pdf => await ReadPdfAsync(path, allowOcr, limits, ct),
            EvidenceFileKind.Docx => ReadDocx(path),
            EvidenceFileKind.Xlsx => ReadXlsx(path, limits),
            EvidenceFileKind.Jpeg or EvidenceFileKind.Png => await ReadImageAsync(path, allowOcr, limits, ct),
            EvidenceFileKind.Zip => Nothing("Berkas ZIP tidak dibaca isinya: unggah setiap dokumen sendiri-sendiri (PDF/DOCX/gambar)."),
            EvidenceFileKind.Pptx or EvidenceFileKind.Odt or EvidenceFileKind.Ods =>
                Nothing("Format ini (PPTX/ODT/ODS) belum dibaca pemeriksaan awal: unggah versi PDF untuk diperiksa."),
            _ => Nothing("Jenis berkas tidak dikenali: isinya tidak dapat dibaca."),
        };
    }

    static DocumentText Nothing(string note) => new([], 0, false, false, [note]);

    static async Task<DocumentText> ReadPdfAsync(string path, bool allowOcr, ReadLimits limits, CancellationToken ct)
    {
        var pages = new List<string>();
        int total;
        try
        {
            using var pdf = PdfDocument.Open(path, new ParsingOptions { UseLenientParsing = true });
            total = pdf.NumberOfPages;
            for (var i = 1; i <= Math.Min(total, limits.MaxPages); i++)
            {
                ct.ThrowIfCancellationRequested();
                string text;
                try { text = ContentOrderTextExtractor.GetText(pdf.GetPage(i)); }
                catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException) { text = ""; }
                pages.Add(text);
            }
        }
        catch (PdfDocumentEncryptedException)
        {
            return Nothing("PDF terenkripsi/berkata sandi: isinya tidak dapat dibaca. Unggah PDF tanpa kata sandi.");
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            return Nothing("PDF rusak: isinya tidak dapat dibaca (" + e.GetType().Name + ").");
        }
        var notes = new List<string>();
        if (total > limits.MaxPages)
            notes.Add($"Hanya {limits.MaxPages} halaman pertama yang dibaca; halaman {limits.MaxPages + 1}–{total} dilewati.");
        var thin = pages.Count(p => p.Count(char.IsLetter) < ThinPageLetters);
        if (pages.Count > 0 && thin * 2 > pages.Count)
        {
            // Mostly scanned pages: the text layer says (almost) nothing.
            if (!allowOcr)
                return new(pages, total, false, true, [.. notes, "PDF hasil pindai (tanpa lapisan teks): perlu dibaca dengan OCR."]);
            var ocr = await OcrPdfAsync(path, pages.Count, limits, ct);
            notes.AddRange(ocr.Notes);
            return new(ocr.Pages, total, true, false, notes);
        }
        if (thin > 0) notes.Add($"{thin} halaman tanpa teks terbaca (kosong atau gambar).");
        return new(pages, total, false, false, notes);
    }

    static DocumentText ReadDocx(string path)
    {
        try
        {
            using var doc = WordprocessingDocument.Open(path, false, new OpenSettings { AutoSave = false });
            var body = doc.MainDocumentPart?.Document?.Body;
            if (body is null) return Nothing("DOCX tanpa isi dokumen: tidak dapat dibaca.");
            var pages = new List<string>();
            var page = new StringBuilder();
            foreach (var paragraph in body.Descendants<W.Paragraph>())
            {
                if (paragraph.Descendants<W.Break>().Any(b => b.Type?.Value == W.BreakValues.Page) && page.Length > 0)
                {
                    pages.Add(page.ToString());
                    page.Clear();
                }
                page.AppendLine(string.Concat(paragraph.Descendants<W.Text>().Select(t => t.Text)));
            }
            pages.Add(page.ToString());
            return new(pages, pages.Count, false, false, []);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return Nothing("DOCX rusak: isinya tidak dapat dibaca (" + e.GetType().Name + ").");
        }
    }

    static DocumentText ReadXlsx(string path, ReadLimits limits)
    {
        try
        {
            using var workbook = new XLWorkbook(path);
            var pages = new List<string>();
            foreach (var sheet in workbook.Worksheets.Take(limits.MaxPages))
            {
                var text = new StringBuilder();
                foreach (var row in sheet.RowsUsed().Take(5000))
                    text.AppendLine(string.Join(" | ", row.CellsUsed().Select(c => c.GetFormattedString())));
                pages.Add(text.ToString());
            }
            return new(pages, workbook.Worksheets.Count, false, false, []);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return Nothing("Lembar kerja rusak: isinya tidak dapat dibaca (" + e.GetType().Name + ").");
        }
    }

    static async Task<DocumentText> ReadImageAsync(string path, bool allowOcr, ReadLimits limits, CancellationToken ct)
    {
        if (!allowOcr) return new([], 1, false, true, ["Gambar: perlu dibaca dengan OCR."]);
        if (Ocr.Missing() is { } missing) return Nothing(missing);
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(ct);
        budget.CancelAfter(limits.OcrBudget);
        try
        {
            var text = await Ocr.ImageAsync(path, budget.Token);
            var notes = new List<string>();
            if (text.Count(char.IsLetter) < ThinPageLetters)
                notes.Add("Gambar tanpa teks yang terbaca (halaman kosong, foto layar, atau terlalu buram).");
            return new([text], 1, true, false, notes);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return Nothing("OCR melewati batas waktu: gambar tidak terbaca.");
        }
    }

    static async Task<DocumentText> OcrPdfAsync(string path, int pages, ReadLimits limits, CancellationToken ct)
    {
        if (Ocr.Missing() is { } missing) return new([], pages, true, false, [missing]);
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(ct);
        budget.CancelAfter(limits.OcrBudget);
        var texts = new List<string>();
        var notes = new List<string>();
        var dir = Directory.CreateTempSubdirectory("spbebot-ocr-");
        try
        {
            for (var i = 1; i <= pages; i++)
            {
                try
                {
                    var png = await Ocr.RenderPdfPageAsync(path, i, limits.OcrDpi, dir.FullName, budget.Token);
                    texts.Add(png is null ? "" : await Ocr.ImageAsync(png, budget.Token));
                    if (png is not null) File.Delete(png);
                }
                catch (OperationCanceledException) when (!ct.IsCancellationRequested)
                {
                    notes.Add($"OCR melewati batas waktu ({limits.OcrBudget.TotalSeconds:0} detik): halaman {i}–{pages} tidak dibaca.");
                    break;
                }
            }
        }
        finally
        {
            try { dir.Delete(true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
        var empty = texts.Count(t => t.Count(char.IsLetter) < ThinPageLetters);
        if (empty > 0 && empty < texts.Count) notes.Add($"{empty} halaman tanpa teks yang terbaca (kosong atau buram).");
        if (texts.Count > 0 && empty == texts.Count) notes.Add("OCR tidak menemukan teks yang terbaca (halaman kosong, foto layar, atau terlalu buram).");
        return new(texts, pages, true, false, notes);
    }
}

/// <summary>tesseract (with its Indonesian data) and poppler's pdftoppm, run as child processes.</summary>
public static class Ocr
{
    public static string Tesseract => Environment.GetEnvironmentVariable("SPBEBOT_TESSERACT") is { Length: > 0 } t ? t : "tesseract";

    static bool? _available;


    /// <summary>Null when tesseract and pdftoppm can run; otherwise the note saying what is missing.</summary>
    public static string? Missing()
    {
        _available ??= OnPath(Tesseract) && OnPath("pdftoppm");
        return _available == true ? null : "OCR tidak tersedia di server ini (tesseract-ocr/poppler-utils belum terpasang): dokumen pindaian belum dapat dibaca.";
    }

    static bool OnPath(string program) =>
        program.Contains('/') ? File.Exists(program)
        : (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(d => d.Length > 0 && File.Exists(Path.Combine(d, program)));

    /// <summary>The text of one image (tesseract, Indonesian first, English for loanwords).</summary>
    public static async Task<string> ImageAsync(string image, CancellationToken ct)
    {
        var (code, stdout, _) = await RunAsync(Tesseract, ["--psm", "3", "-l", "ind", image, "stdout"], ct);
        return code == 0 ? stdout : "";
    }

    /// <summary>Renders one PDF page as a grey PNG; null when poppler cannot render it.</summary>
    public static async Task<string?> RenderPdfPageAsync(string pdf, int page, int dpi, string dir, CancellationToken ct)
    {
        var prefix = Path.Combine(dir, "p" + page);
        var (code, _, _) = await RunAsync("pdftoppm", ["-r", dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), "-gray", "-png", "-singlefile",
            "-f", page.ToString(System.Globalization.CultureInfo.InvariantCulture), "-l", page.ToString(System.Globalization.CultureInfo.InvariantCulture), pdf, prefix], ct);
        return code == 0 && File.Exists(prefix + ".png") ? prefix + ".png" : null;
    }

    /// <summary>The niceness OCR's child processes run at: below the server's own threads, so chats are served first.</summary>
    internal const int Niceness = 10;

    static bool? _nice;

    /// <summary>Runs an OCR helper (tesseract, pdftoppm) at a lower CPU priority (through <c>nice</c> where there is one).</summary>
    internal static async Task<(int Code, string Stdout, string Stderr)> RunAsync(string program, IEnumerable<string> args, CancellationToken ct)
    {
        // A precaution for a dedicated server, where OCR's only rival is the server itself: under nice the chats' threads
        // win the CPU and the reading takes what is left (docs/benchmarks.md: on the shared machine it changed no figure).
        _nice ??= OnPath("nice");
        var start = new ProcessStartInfo(_nice == true ? "nice" : program)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        if (_nice == true)
        {
            start.ArgumentList.Add("-n");
            start.ArgumentList.Add(Niceness.ToString(System.Globalization.CultureInfo.InvariantCulture));
            start.ArgumentList.Add(program);
        }
        foreach (var a in args) start.ArgumentList.Add(a);
        // One thread per tesseract: the server's other work keeps the other core(s).
        start.Environment["OMP_THREAD_LIMIT"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException(program + " did not start");
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        try
        {
            await process.WaitForExitAsync(ct);
        }
        catch (OperationCanceledException)
        {
            try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
            throw;
        }
        return (process.ExitCode, await stdout, await stderr);
    }
}
