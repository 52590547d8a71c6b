using SkiaSharp;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace SpbeBot.Tests.Infrastructure;

/// <summary>
/// Turns a plain-text document (pages separated by form feeds) into what operators upload: a PDF with a text layer
/// (PdfPig's writer, DejaVu Sans so every Indonesian character has a glyph), or a "printed and scanned" PDF or JPEG —
/// each page drawn at 150 dpi with SkiaSharp, slightly rotated, with grey speckle noise and JPEG compression, so OCR
/// meets what a flatbed scanner gives. Used by the tests and by the bench (compiled into both). Deterministic: a seed.
/// </summary>
public static class DocumentRenderer
{
    const double PageWidth = 595, PageHeight = 842, Margin = 50, FontSize = 10, LineHeight = 13;
    const int WrapColumns = 92;
    static readonly string[] Fonts = ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"];

    public static IReadOnlyList<string> Pages(string text) => text.Replace("\r\n", "\n").Split('\f');

    /// <summary>Lines of one page wrapped to the page width; a page too long goes on over more PDF pages.</summary>
    static List<List<string>> Layout(string page)
    {
        var lines = new List<string>();
        foreach (var raw in page.Split('\n'))
        {
            var line = raw.TrimEnd();
            while (line.Length > WrapColumns)
            {
                var cut = line.LastIndexOf(' ', WrapColumns);
                if (cut < 20) cut = WrapColumns;
                lines.Add(line[..cut]);
                line = line[cut..].TrimStart();
            }
            lines.Add(line);
        }
        var perPage = (int)((PageHeight - 2 * Margin) / LineHeight);
        return lines.Chunk(perPage).Select(c => c.ToList()).DefaultIfEmpty([]).ToList();
    }

    /// <summary>A PDF whose pages carry the text as a text layer.</summary>
    public static byte[] TextPdf(string text)
    {
        var builder = new PdfDocumentBuilder();
        var fontFile = Fonts.FirstOrDefault(File.Exists);
        var font = fontFile is not null ? builder.AddTrueTypeFont(File.ReadAllBytes(fontFile)) : builder.AddStandard14Font(Standard14Font.Helvetica);
        foreach (var page in Pages(text))
            foreach (var lines in Layout(page))
            {
                var pdfPage = builder.AddPage(PageSize.A4);
                var y = PageHeight - Margin;
                foreach (var line in lines)
                {
                    var printable = fontFile is null ? new string(line.Select(c => c < 128 ? c : '?').ToArray()) : line;
                    if (printable.Length > 0) pdfPage.AddText(printable, FontSize, new PdfPoint(Margin, y), font);
                    y -= LineHeight;
                }
            }
        return builder.Build();
    }

    /// <summary>One page printed and scanned: a JPEG at 150 dpi, rotated by <paramref name="degrees"/>, with noise.</summary>
    public static byte[] ScannedPage(IReadOnlyList<string> lines, int seed, double degrees, int quality = 70)
    {
        const int dpi = 150;
        var (width, height) = ((int)(PageWidth / 72 * dpi), (int)(PageHeight / 72 * dpi));
        var scale = dpi / 72f;
        using var bitmap = new SKBitmap(width, height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(new SKColor(250, 249, 245));
            canvas.Translate(width / 2f, height / 2f);
            canvas.RotateDegrees((float)degrees);
            canvas.Translate(-width / 2f, -height / 2f);
            using var typeface = Fonts.Skip(1).Concat(Fonts).FirstOrDefault(File.Exists) is { } f ? SKTypeface.FromFile(f) : SKTypeface.Default;
            using var font = new SKFont(typeface, (float)(FontSize * scale));
            using var ink = new SKPaint { Color = new SKColor(25, 25, 30), IsAntialias = true };
            var y = (float)(Margin * scale) + font.Size;
            foreach (var line in lines)
            {
                canvas.DrawText(line, (float)(Margin * scale), y, font, ink);
                y += (float)(LineHeight * scale);
            }
        }
        // Speckles and a grey cast: what a tired scanner adds.
        var random = new Random(seed);
        var pixels = bitmap.Pixels;
        for (var i = 0; i < pixels.Length; i++)
        {
            var c = pixels[i];
            var noise = random.Next(-18, 19);
            byte Shift(byte v) => (byte)Math.Clamp(v + noise, 0, 255);
            pixels[i] = random.NextDouble() < 0.002 ? new SKColor(60, 60, 60) : new SKColor(Shift(c.Red), Shift(c.Green), Shift(c.Blue));
        }
        bitmap.Pixels = pixels;
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, quality);
        return data.ToArray();
    }

    /// <summary>The whole document printed and scanned into a PDF of page images (no text layer).</summary>
    public static byte[] ScannedPdf(string text, int seed)
    {
        var builder = new PdfDocumentBuilder();
        var random = new Random(seed);
        foreach (var page in Pages(text))
            foreach (var lines in Layout(page))
            {
                var jpeg = ScannedPage(lines, random.Next(), (random.NextDouble() * 2 - 1) * 1.5);
                var pdfPage = builder.AddPage(PageSize.A4);
                pdfPage.AddJpeg(jpeg, new PdfRectangle(0, 0, PageWidth, PageHeight));
            }
        return builder.Build();
    }

    /// <summary>The first page printed and scanned as a JPEG (a photo of one page).</summary>
    public static byte[] ScannedJpeg(string text, int seed) =>
        ScannedPage(Layout(Pages(text)[0])[0], seed, 1.0);
}
