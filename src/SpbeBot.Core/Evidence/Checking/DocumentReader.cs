using System.Diagnostics;
using System.Text;
using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Exceptions;
using SpbeBot.Core.Observability;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace SpbeBot.Core.Evidence.Checking;

/// <summary>
/// The text of one document, page by page (1-based pages are the list's index + 1), and what could not be read.
/// </summary>
/// <param name="Pages">Each page's text; pages beyond the cap are absent.</param>
/// <param name="TotalPages">Pages the document has (also those not read).</param>
/// <param name="Ocr">The text came from OCR.</param>
/// <param name="NeedsOcr">The text layer is empty or too thin and OCR was not allowed.</param>
/// <param name="Reading">What could not be read, as data (dialogs/ words it in the person's language).</param>
public sealed record DocumentText(IReadOnlyList<string> Pages, int TotalPages, bool Ocr, bool NeedsOcr, IReadOnlyList<ReadNote> Reading)
{
    internal static DocumentText Of(IReadOnlyList<string> pages, int total, bool ocr, bool needsOcr, IReadOnlyList<ReadNote> reading) =>
        new(pages, total, ocr, needsOcr, reading);

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
/// pdftoppm). Never throws for a bad file: what could not be read is said in <see cref="DocumentText.Reading"/>.
/// </summary>
public static class DocumentReader
{
    /// <summary>A page with fewer letters than this in its text layer is treated as a scanned page.</summary>
    const int ThinPageLetters = 40;

    public static async Task<DocumentText> ReadAsync(string path, string fileName, bool allowOcr, ReadLimits? limits, CancellationToken ct)
    {
        limits ??= new ReadLimits();
        Timeline.Mark($"read-start ocr={allowOcr}");
        var inspection = FileInspector.Inspect(path, fileName, long.MaxValue);
        Timeline.Mark("inspected");
        if (inspection.Problem == FileProblem.NotAllowed && inspection.Detail?.EndsWith("macro", StringComparison.Ordinal) == true
            || Path.GetExtension(fileName).Equals(".docm", StringComparison.OrdinalIgnoreCase))
            return Nothing(ReadNote.Macro);
        switch (inspection.Problem)
        {
            case FileProblem.Empty: return Nothing(ReadNote.EmptyFile);
            case FileProblem.Encrypted: return Nothing(ReadNote.Encrypted);
            case FileProblem.CorruptPdf or FileProblem.CorruptDocument: return Nothing(ReadNote.Corrupt);
            case FileProblem.ZipBomb or FileProblem.UnsafeEntryName: return Nothing(ReadNote.UnsafeArchive);
            case FileProblem.NotAllowed when inspection.Detail == "legacy-office": return Nothing(ReadNote.LegacyOffice);
        }
        return inspection.Kind switch
        {
            EvidenceFileKind.Pdf => await ReadPdfAsync(path, allowOcr, limits, ct),
            EvidenceFileKind.Docx => ReadDocx(path),
            EvidenceFileKind.Xlsx => ReadXlsx(path, limits),
            EvidenceFileKind.Jpeg or EvidenceFileKind.Png => await ReadImageAsync(path, allowOcr, limits, ct),
            EvidenceFileKind.Zip => Nothing(ReadNote.Zip),
            EvidenceFileKind.Pptx or EvidenceFileKind.Odt or EvidenceFileKind.Ods => Nothing(ReadNote.UnsupportedFormat),
            _ => Nothing(ReadNote.UnknownKind),
        };
    }

    static DocumentText Nothing(string code) => DocumentText.Of([], 0, false, false, [new ReadNote(code)]);

    static async Task<DocumentText> ReadPdfAsync(string path, bool allowOcr, ReadLimits limits, CancellationToken ct)
    {
        var pages = new List<string>();
        int total;
        try
        {
            using var pdf = PdfDocument.Open(path, new ParsingOptions { UseLenientParsing = true });
            total = pdf.NumberOfPages;
            Timeline.Mark($"pdf-opened pages={total}");
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
            return Nothing(ReadNote.Encrypted);
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            return Nothing(ReadNote.Corrupt);
        }
        Timeline.Mark("text-layer-read");
        if (total == 0) return Nothing(ReadNote.Corrupt);   // a PDF whose page tree leads nowhere
        var notes = new List<ReadNote>();
        if (total > limits.MaxPages) notes.Add(new(ReadNote.PageCap, limits.MaxPages, total));
        var thin = pages.Count(p => p.Count(char.IsLetter) < ThinPageLetters);
        if (pages.Count > 0 && thin * 2 > pages.Count)
        {
            // Mostly scanned pages: the text layer says (almost) nothing.
            if (!allowOcr)
                return DocumentText.Of(pages, total, false, true, [.. notes, new(ReadNote.NeedsOcr)]);
            var ocr = await OcrPdfAsync(path, pages.Count, limits, ct);
            notes.AddRange(ocr.Reading);
            return DocumentText.Of(ocr.Pages, total, true, false, notes);
        }
        if (thin > 0) notes.Add(new(ReadNote.BlankPages, thin));
        return DocumentText.Of(pages, total, false, false, notes);
    }

    static DocumentText ReadDocx(string path)
    {
        try
        {
            using var doc = WordprocessingDocument.Open(path, false, new OpenSettings { AutoSave = false });
            var body = doc.MainDocumentPart?.Document?.Body;
            if (body is null) return Nothing(ReadNote.Corrupt);
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
            return Nothing(ReadNote.Corrupt);
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
            return Nothing(ReadNote.Corrupt);
        }
    }

    static async Task<DocumentText> ReadImageAsync(string path, bool allowOcr, ReadLimits limits, CancellationToken ct)
    {
        if (!allowOcr) return DocumentText.Of([], 1, false, true, [new(ReadNote.NeedsOcr)]);
        if (Ocr.Missing() is not null) return Nothing(ReadNote.OcrMissing);
        await Ocr.Gate.WaitAsync(ct);
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(ct);
        budget.CancelAfter(limits.OcrBudget);
        try
        {
            string text;
            try { text = await Ocr.ImageAsync(path, budget.Token); }
            finally { Ocr.Gate.Release(); }
            List<ReadNote> notes = text.Count(char.IsLetter) < ThinPageLetters ? [new(ReadNote.NoText)] : [];
            return DocumentText.Of([text], 1, true, false, notes);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return DocumentText.Of([], 1, true, false, [new(ReadNote.OcrTimeout, 1, 1)]);
        }
    }

    /// <summary>
    /// OCR of a scanned PDF, one page at a time (render one page, read it, delete it: never the whole document in memory
    /// or on disk), one document at a time per server (<see cref="Ocr.Gate"/>), within the budget.
    /// </summary>
    static async Task<DocumentText> OcrPdfAsync(string path, int pages, ReadLimits limits, CancellationToken ct)
    {
        if (Ocr.Missing() is not null) return DocumentText.Of([], pages, true, false, [new(ReadNote.OcrMissing)]);
        // Waiting for another document's reading is not this one's OCR time: the budget starts with its turn (the
        // caller's deadline still bounds the whole).
        await Ocr.Gate.WaitAsync(ct);
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(ct);
        budget.CancelAfter(limits.OcrBudget);
        var texts = new List<string>();
        var notes = new List<ReadNote>();
        DirectoryInfo? dir = null;
        try
        {
            dir = Directory.CreateTempSubdirectory("spbebot-ocr-");
            for (var i = 1; i <= pages; i++)
            {
                try
                {
                    Timeline.Mark($"render-start page={i}");
                    var image = await Ocr.RenderPdfPageAsync(path, i, limits.OcrDpi, dir.FullName, budget.Token);
                    Timeline.Mark($"rendered page={i}");
                    texts.Add(image is null ? "" : await Ocr.ImageAsync(image, budget.Token));
                    Timeline.Mark($"ocr-done page={i}");
                    if (image is not null) File.Delete(image);
                }
                catch (OperationCanceledException) when (!ct.IsCancellationRequested)
                {
                    notes.Add(new(ReadNote.OcrTimeout, i, pages));
                    break;
                }
            }
        }
        finally
        {
            Ocr.Gate.Release();
            try { dir?.Delete(true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
        var empty = texts.Count(t => t.Count(char.IsLetter) < ThinPageLetters);
        if (empty > 0 && empty < texts.Count) notes.Add(new(ReadNote.BlankPages, empty));
        if (texts.Count > 0 && empty == texts.Count) notes.Add(new(ReadNote.NoText));
        return DocumentText.Of(texts, pages, true, false, notes);
    }
}

/// <summary>tesseract (with its Indonesian data) and poppler's pdftoppm, run as child processes.</summary>
public static class Ocr
{
    public static string Tesseract => Environment.GetEnvironmentVariable("SPBEBOT_TESSERACT") is { Length: > 0 } t ? t : "tesseract";

    static bool? _available;

    /// <summary>
    /// One OCR reading at a time in this process: on a 2-core server a second tesseract would take the core the chats
    /// are answered on. Held for a whole document (or image); a second scan waits its turn within its own budget.
    /// </summary>
    public static SemaphoreSlim Gate { get; } = new(1, 1);


    /// <summary>Null when tesseract and pdftoppm can run; otherwise the code of the note saying so (<see cref="ReadNote.OcrMissing"/>).</summary>
    public static string? Missing()
    {
        _available ??= OnPath(Tesseract) && OnPath("pdftoppm");
        return _available == true ? null : ReadNote.OcrMissing;
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

    /// <summary>
    /// Renders one PDF page as a grey PGM; null when poppler cannot render it. Uncompressed on purpose: compressing a
    /// scan's noisy page into a PNG took pdftoppm 2.1 s CPU, more than tesseract's reading of it (0.8 s); the PGM takes
    /// 0.06 s and tesseract reads the same pixels (issue 22, wip-20eb).
    /// </summary>
    public static async Task<string?> RenderPdfPageAsync(string pdf, int page, int dpi, string dir, CancellationToken ct)
    {
        var prefix = Path.Combine(dir, "p" + page);
        var (code, _, _) = await RunAsync("pdftoppm", ["-r", dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), "-gray", "-singlefile",
            "-f", page.ToString(System.Globalization.CultureInfo.InvariantCulture), "-l", page.ToString(System.Globalization.CultureInfo.InvariantCulture), pdf, prefix], ct);
        return code == 0 && File.Exists(prefix + ".pgm") ? prefix + ".pgm" : null;
    }

    /// <summary>The niceness OCR's child processes run at: below the server's own threads, so chats are served first.</summary>
    internal const int Niceness = 10;

    static bool? _nice, _ionice;

    /// <summary>Runs an OCR helper (tesseract, pdftoppm) at a lower CPU priority (through <c>nice</c> where there is one).</summary>
    internal static async Task<(int Code, string Stdout, string Stderr)> RunAsync(string program, IEnumerable<string> args, CancellationToken ct)
    {
        // A precaution for a dedicated server, where OCR's only rival is the server itself: under nice the chats' threads
        // win the CPU and the reading takes what is left (docs/benchmarks.md: on the shared machine it changed no figure).
        // ionice's idle class: the page images written and read by pdftoppm/tesseract wait for the disk behind PostgreSQL.
        _nice ??= OnPath("nice");
        _ionice ??= OnPath("ionice");
        var start = new ProcessStartInfo(_nice == true ? "nice" : _ionice == true ? "ionice" : program)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        if (_nice == true)
        {
            start.ArgumentList.Add("-n");
            start.ArgumentList.Add(Niceness.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (_ionice == true) start.ArgumentList.Add("ionice");
        }
        if (_ionice == true)
        {
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add("3");
        }
        if (_nice == true || _ionice == true) start.ArgumentList.Add(program);
        foreach (var a in args) start.ArgumentList.Add(a);
        // One thread per tesseract: the server's other work keeps the other core(s).
        start.Environment["OMP_THREAD_LIMIT"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException(program + " did not start");
        // The child's pipes are read on threads of their own, not with ReadToEndAsync: on Linux an anonymous pipe has no
        // asynchronous reads, so each "async" read holds a thread-pool thread until the child ends. Two pipes per
        // pdftoppm/tesseract took both pool threads of a 2-core server for the whole page, and every chat waited until the
        // pool grew (the ~1.4 s stall after a scan's receipt, docs/benchmarks.md).
        var stdout = Task.Factory.StartNew(() => process.StandardOutput.ReadToEnd(), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        var stderr = Task.Factory.StartNew(() => process.StandardError.ReadToEnd(), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            await process.WaitForExitAsync(ct);
        }
        catch (OperationCanceledException)
        {
            try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
            // The readers end at the pipes' end (the child is gone); wait for them before the process is disposed.
            try { await Task.WhenAll(stdout, stderr).WaitAsync(TimeSpan.FromSeconds(5), CancellationToken.None); }
            catch (Exception e) when (e is TimeoutException or IOException or ObjectDisposedException) { }
            throw;
        }
        return (process.ExitCode, await stdout, await stderr);
    }
}
