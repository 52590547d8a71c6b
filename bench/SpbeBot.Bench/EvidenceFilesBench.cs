using ClosedXML.Excel;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using SpbeBot.Tests.Evidence;
using SpbeBot.Tests.Infrastructure;

namespace SpbeBot.Bench;

/// <summary>
/// Writes the files issue 22 names, to walk them through the real product (<c>spbebot evidence check</c>, <c>/unggah</c>
/// in <c>./spbebot chat</c>, <c>spbebot evidence add</c>): one complete Perbup Arsitektur of the demo Pemda (the dev set's
/// E01) as a text PDF, DOCX, XLSX, photographed page (JPEG) and scanned PDF, a 20-page text PDF and a 30-page scan, and
/// the bad inputs — encrypted, truncated and hollow PDFs, a 500-page scan, a photo of a screen, an empty scanned page,
/// a DOCX with macros, a ZIP. The same builders as the tests (DocumentRenderer, SampleFiles, BadEvidenceFiles).
/// Usage: evidence-files --out DIR
/// </summary>
static class EvidenceFilesBench
{
    public static async Task<int> Run(string[] args)
    {
        var i = Array.IndexOf(args, "--out");
        var dir = Directory.CreateDirectory(i >= 0 && i + 1 < args.Length ? args[i + 1] : "evidence-files").FullName;
        var text = await File.ReadAllTextAsync(Path.Combine(EvidenceCheckBench.Root(), "tests/SpbeBot.Tests/Data/EvidenceDev/E01.txt"));
        var pdf = DocumentRenderer.TextPdf(text);
        var files = new (string Name, byte[] Content)[]
        {
            ("perbup-arsitektur.pdf", pdf),
            ("perbup-arsitektur.docx", Docx(text)),
            ("perbup-arsitektur.xlsx", Xlsx(text)),
            ("perbup-arsitektur-foto.jpg", DocumentRenderer.ScannedJpeg(text, seed: 7)),
            ("perbup-arsitektur-pindai.pdf", DocumentRenderer.ScannedPdf(text, seed: 7)),
            ("teks-20-halaman.pdf", DocumentRenderer.TextPdf(string.Join('\f', Enumerable.Repeat(text, 20)))),
            ("pindai-30-halaman.pdf", DocumentRenderer.ScannedPdf(string.Join('\f', Enumerable.Repeat(text.Split('\f')[0], 30)), seed: 30)),
            ("terenkripsi.pdf", SampleFiles.EncryptedPdf()),
            ("terpotong.pdf", pdf[..(pdf.Length / 2)]),
            ("rusak.pdf", BadEvidenceFiles.HollowPdf()),
            ("pindai-500-halaman.pdf", BadEvidenceFiles.LongScan(500)),
            ("foto-layar.jpg", BadEvidenceFiles.PhotoOfAScreen()),
            ("halaman-kosong.pdf", DocumentRenderer.ScannedPdf("", seed: 3)),
            ("bermakro.docx", BadEvidenceFiles.DocxWithMacros()),
            ("bukti.zip", SampleFiles.Zip(("perbup-arsitektur.pdf", pdf), ("lampiran.pdf", SampleFiles.Pdf("lampiran")))),
        };
        foreach (var (name, content) in files)
        {
            await File.WriteAllBytesAsync(Path.Combine(dir, name), content);
            Console.WriteLine($"{content.Length,10:N0} B  {Path.Combine(dir, name)}");
        }
        return 0;
    }

    /// <summary>The text as a Word document, one paragraph a line.</summary>
    static byte[] Docx(string text)
    {
        using var buffer = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            main.Document = new Document(new Body(text.Replace('\f', '\n').Split('\n')
                .Select(line => new Paragraph(new Run(new Text(line) { Space = SpaceProcessingModeValues.Preserve })))));
        }
        return buffer.ToArray();
    }

    /// <summary>The text as a spreadsheet, one cell a line (how a pasted document looks in Excel).</summary>
    static byte[] Xlsx(string text)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("Perbup");
        var row = 1;
        foreach (var line in text.Replace('\f', '\n').Split('\n')) sheet.Cell(row++, 1).SetValue(line);
        using var buffer = new MemoryStream();
        workbook.SaveAs(buffer);
        return buffer.ToArray();
    }
}
