using System.Text;
using SkiaSharp;
using SpbeBot.Tests.Evidence;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace SpbeBot.Tests.Infrastructure;

/// <summary>
/// The bad inputs of issue 22 that the upload's own checks let through or that only the reader meets: a hollow PDF, a
/// DOCX with macros, a long scan, a photo of a screen. Used by the tests and by the bench's <c>evidence-files</c>
/// (compiled into both), so the files walked through the real product are the files the tests use.
/// </summary>
public static class BadEvidenceFiles
{
    /// <summary>A PDF that passes the upload's structure check (header, objects, startxref, %%EOF) but whose catalog leads nowhere.</summary>
    public static byte[] HollowPdf() => Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 7 0 R >>\nendobj\n2 0 obj\n<< /Length 999 >>\nstream\n\u0001\u0002garbage\nendstream\nendobj\nstartxref\n123456\n%%EOF\n");

    /// <summary>A DOCX that carries a VBA project (what Word saves as .docm, renamed).</summary>
    public static byte[] DocxWithMacros() => SampleFiles.Zip(
        ("[Content_Types].xml", Encoding.UTF8.GetBytes("""<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.ms-word.document.macroEnabled.main+xml"/></Types>""")),
        ("word/document.xml", Encoding.UTF8.GetBytes("""<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>PERATURAN BUPATI SUKAMAJU</w:t></w:r></w:p></w:body></w:document>""")),
        ("word/vbaProject.bin", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[512]]));

    /// <summary>
    /// A scan of <paramref name="pages"/> pages: page 1 a printed-and-scanned Perbup, every other page the same blank scanned
    /// sheet (one image, referenced by each page, so 500 pages stay small). The blank sheet has the usual JPEG quality: at
    /// quality 30 its blocks of speckles took tesseract ~100 CPU s for the one page (a fifth of the suite's tests, wip-21ts);
    /// at 70 it is read as blank in a fraction of a second, like every other blank scan here.
    /// </summary>
    public static byte[] LongScan(int pages)
    {
        var first = DocumentRenderer.ScannedPage(["BUPATI SUKAMAJU", "PERATURAN BUPATI SUKAMAJU", "NOMOR 4 TAHUN 2025", "TENTANG",
            "ARSITEKTUR SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK", "Pasal 1", "Arsitektur SPBE memuat domain proses bisnis."], seed: 5, degrees: 0.5);
        var blank = DocumentRenderer.ScannedPage([], seed: 6, degrees: 0);
        var builder = new PdfDocumentBuilder();
        var a4 = new PdfRectangle(0, 0, 595, 842);
        builder.AddPage(PageSize.A4).AddJpeg(first, a4);
        var added = builder.AddPage(PageSize.A4).AddJpeg(blank, a4);
        for (var i = 3; i <= pages; i++) builder.AddPage(PageSize.A4).AddJpeg(added, a4);
        return builder.Build();
    }

    /// <summary>A phone's photo of a monitor: a dark bezel, a glaring backlit panel, moiré bands and blur, nothing legible.</summary>
    public static byte[] PhotoOfAScreen()
    {
        const int w = 1200, h = 900;
        using var bitmap = new SKBitmap(w, h, SKColorType.Rgba8888, SKAlphaType.Premul);
        var random = new Random(42);
        var pixels = new SKColor[w * h];
        for (var y = 0; y < h; y++)
            for (var x = 0; x < w; x++)
            {
                var inPanel = x > 120 && x < w - 120 && y > 90 && y < h - 130;
                double v = inPanel
                    ? 150 + 60 * Math.Sin((x * 0.9 + y * 0.35) / 3.1) * Math.Sin(y / 17.0) + 70 * Math.Exp(-(Math.Pow(x - 800, 2) + Math.Pow(y - 300, 2)) / 60000.0)
                    : 20;
                v += random.Next(-25, 26);
                var b = (byte)Math.Clamp(v, 0, 255);
                pixels[y * w + x] = new SKColor((byte)(b * 0.8), (byte)(b * 0.9), b);
            }
        bitmap.Pixels = pixels;
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, 60);
        return data.ToArray();
    }
}
