using System.IO.Compression;
using System.Text;

namespace SpbeBot.Tests.Evidence;

/// <summary>Small real files of each kind, built in code so no binary fixtures live in the repository.</summary>
static class SampleFiles
{
    /// <summary>A minimal, structurally valid one-page PDF; <paramref name="text"/> makes its bytes unique.</summary>
    public static byte[] Pdf(string text = "Bukti dukung")
    {
        var body = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        void Obj(string content)
        {
            offsets.Add(Encoding.ASCII.GetByteCount(body.ToString()));
            body.Append($"{offsets.Count} 0 obj\n{content}\nendobj\n");
        }
        var stream = $"BT /F1 12 Tf 72 720 Td ({text.Replace("(", "").Replace(")", "")}) Tj ET";
        Obj("<< /Type /Catalog /Pages 2 0 R >>");
        Obj("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        Obj("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>");
        Obj($"<< /Length {stream.Length} >>\nstream\n{stream}\nendstream");
        var xref = Encoding.ASCII.GetByteCount(body.ToString());
        body.Append($"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n");
        foreach (var o in offsets) body.Append($"{o:D10} 00000 n \n");
        body.Append($"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(body.ToString());
    }

    /// <summary>A 1×1 PNG (signature, IHDR, IDAT, IEND with their CRCs).</summary>
    public static byte[] Png() => Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    /// <summary>A ZIP holding the given entries under exactly the given names (which may be hostile: "../x", "/etc/x").</summary>
    public static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, content) in entries)
            {
                using var entry = zip.CreateEntry(name).Open();
                entry.Write(content);
            }
        return buffer.ToArray();
    }

    /// <summary>A valid PDF with a ZIP (holding payload.exe) appended: PDF readers open it, unzip tools unpack it.</summary>
    public static byte[] PdfFollowedByZip() => [.. Pdf("Polyglot"), .. Zip(("payload.exe", Exe()))];

    /// <summary>An HTML page with a PDF appended: browsers render the page, PDF readers find the PDF.</summary>
    public static byte[] HtmlWithPdf() => [.. "<html><body><script>alert(1)</script></body></html>\n"u8.ToArray(), .. Pdf("Polyglot")];

    /// <summary>A PDF whose trailer names an encryption dictionary (password or permission protected).</summary>
    public static byte[] EncryptedPdf()
    {
        var text = Encoding.ASCII.GetString(Pdf("Rahasia"));
        return Encoding.ASCII.GetBytes(text.Replace("/Root 1 0 R >>", "/Root 1 0 R /Encrypt << /Filter /Standard /V 2 /R 3 /P -3904 >> >>"));
    }

    /// <summary>A Windows executable's first bytes: what a disguised "laporan.pdf" might really be.</summary>
    public static byte[] Exe() => [.. "MZ"u8.ToArray(), .. new byte[200]];

    /// <summary>A ZIP holding 300 MB of zeros that compresses to well under a megabyte.</summary>
    public static byte[] ZipBomb()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("nol.bin", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1 << 20];
            for (var i = 0; i < 300; i++) entry.Write(zeros);
        }
        return buffer.ToArray();
    }
}
