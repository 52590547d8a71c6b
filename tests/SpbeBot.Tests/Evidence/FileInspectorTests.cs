using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using ClosedXML.Excel;
using SpbeBot.Core.Evidence;

namespace SpbeBot.Tests.Evidence;

/// <summary>Upload checks on files generated here (no binary fixtures in the repository).</summary>
public sealed class FileInspectorTests : IDisposable
{
    const long Limit = 20L << 20;
    readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("spbebot-inspect-");

    public void Dispose() => _dir.Delete(recursive: true);

    string Write(byte[] bytes, string fileName = "upload")
    {
        var path = Path.Combine(_dir.FullName, Guid.NewGuid().ToString("N") + "-" + fileName);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    static FileInspection Inspect(string path, string? name = null, long maxBytes = Limit, ArchiveLimits? limits = null) =>
        FileInspector.Inspect(path, name, maxBytes, limits);

    static void AssertResult(FileInspection result, EvidenceFileKind? kind, FileProblem problem)
    {
        Assert.Equal(problem, result.Problem);
        Assert.Equal(kind, result.Kind);
    }

    // ---- sample files -------------------------------------------------------------------------------------

    /// <summary>A tiny but structurally complete PDF: header, objects, xref table, trailer, startxref, %%EOF.</summary>
    static byte[] Pdf(string trailerExtra = "", bool withStartxref = true)
    {
        var sb = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        foreach (var obj in new[] { "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [] /Count 0 >>" })
        {
            offsets.Add(sb.Length);
            sb.Append($"{offsets.Count} 0 obj\n{obj}\nendobj\n");
        }
        var xref = sb.Length;
        sb.Append("xref\n0 3\n0000000000 65535 f \n");
        foreach (var o in offsets) sb.Append($"{o:D10} 00000 n \n");
        sb.Append($"trailer\n<< /Size 3 /Root 1 0 R {trailerExtra}>>\n");
        if (withStartxref) sb.Append($"startxref\n{xref}\n");
        sb.Append("%%EOF\n");
        return Encoding.ASCII.GetBytes(sb.ToString());
    }

    /// <summary>A 1×1 grey PNG: signature, IHDR, IDAT, IEND (CRCs are not checked by the inspector).</summary>
    static byte[] Png() =>
    [
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A,
        0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0, 0x3A, 0x7E, 0x9B, 0x55,
        0, 0, 0, 10, (byte)'I', (byte)'D', (byte)'A', (byte)'T', 0x78, 0x9C, 0x63, 0x60, 0, 0, 0, 2, 0, 1, 0xE5, 0x27, 0xDE, 0xFC,
        0, 0, 0, 0, (byte)'I', (byte)'E', (byte)'N', (byte)'D', 0xAE, 0x42, 0x60, 0x82,
    ];

    static byte[] Jpeg(bool withEnd = true)
    {
        byte[] body = [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xFF, 0xDA, 0, 2, 0x12, 0x34];
        return withEnd ? [.. body, 0xFF, 0xD9] : body;
    }

    static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, content) in entries)
            {
                using var s = zip.CreateEntry(name).Open();
                s.Write(content);
            }
        return ms.ToArray();
    }

    static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);

    static byte[] Docx() => Zip(
        ("[Content_Types].xml", Utf8("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>")),
        ("_rels/.rels", Utf8("<Relationships/>")),
        ("word/document.xml", Utf8("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body/></w:document>")));

    static byte[] Odf(string mimetype) => Zip(("mimetype", Utf8(mimetype)), ("content.xml", Utf8("<office:document-content/>")));

    /// <summary>One entry of <paramref name="bytes"/> zeros, streamed (never held in memory).</summary>
    string ZeroBomb(long bytes, CompressionLevel level = CompressionLevel.Fastest)
    {
        var path = Path.Combine(_dir.FullName, Guid.NewGuid().ToString("N") + ".zip");
        using var file = File.Create(path);
        using var zip = new ZipArchive(file, ZipArchiveMode.Create);
        using var s = zip.CreateEntry("nol.bin", level).Open();
        var chunk = new byte[1 << 20];
        for (long written = 0; written < bytes; written += chunk.Length) s.Write(chunk, 0, (int)Math.Min(chunk.Length, bytes - written));
        return path;
    }

    /// <summary>Rewrites the single entry's sizes/flags in both the local and the central header.</summary>
    static void PatchHeaders(string path, uint? uncompressed = null, ushort? setFlags = null)
    {
        var bytes = File.ReadAllBytes(path);
        for (var i = 0; i + 4 <= bytes.Length; i++)
        {
            if (bytes[i] != 0x50 || bytes[i + 1] != 0x4B) continue;
            if (bytes[i + 2] == 3 && bytes[i + 3] == 4) // local header
            {
                if (uncompressed is { } u) BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i + 22), u);
                if (setFlags is { } f) bytes[i + 6] |= (byte)f;
                i += 30;
            }
            else if (bytes[i + 2] == 1 && bytes[i + 3] == 2) // central directory header
            {
                if (uncompressed is { } u) BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i + 24), u);
                if (setFlags is { } f) bytes[i + 8] |= (byte)f;
                i += 46;
            }
        }
        File.WriteAllBytes(path, bytes);
    }

    // ---- PDF --------------------------------------------------------------------------------------------

    [Fact]
    public void A_minimal_pdf_is_accepted_with_its_extension_and_content_type()
    {
        var result = Inspect(Write(Pdf()), "Notulen Rapat.pdf");
        AssertResult(result, EvidenceFileKind.Pdf, FileProblem.None);
        Assert.True(result.Ok);
        Assert.Equal(".pdf", result.Extension);
        Assert.Equal("application/pdf", result.ContentType);
    }

    [Fact]
    public void Trailing_padding_is_tolerated_as_real_readers_do() =>
        AssertResult(Inspect(Write([.. Pdf(), .. "\r\n  "u8.ToArray(), .. new byte[3000]])), EvidenceFileKind.Pdf, FileProblem.None);

    [Fact]
    public void A_pdf_header_not_at_the_start_is_refused()
    {
        // Readers tolerate junk in front of the header; that is how an HTML page or a script carries a PDF (a polyglot).
        byte[] junk = [.. Encoding.ASCII.GetBytes("junk from a mail gateway\r\n"), .. Pdf()];
        AssertResult(Inspect(Write(junk), "laporan.pdf"), null, FileProblem.NotAllowed);
        byte[] html = [.. "<html><body>halo</body></html>\n"u8.ToArray(), .. Pdf()];
        var result = Inspect(Write(html), "laporan.pdf");
        AssertResult(result, null, FileProblem.NotAllowed);
        Assert.Equal(".pdf→html", result.Detail);
    }

    [Fact]
    public void Data_after_the_last_eof_is_refused()
    {
        byte[] zip = [.. Pdf(), .. Zip(("payload.exe", [.. "MZ"u8.ToArray(), .. new byte[100]]))];
        var result = Inspect(Write(zip), "laporan.pdf");
        AssertResult(result, EvidenceFileKind.Pdf, FileProblem.CorruptPdf);
        Assert.Equal("data after %%EOF", result.Detail);
        AssertResult(Inspect(Write([.. Pdf(), .. "<script>x</script>"u8.ToArray()])), EvidenceFileKind.Pdf, FileProblem.CorruptPdf);
        // An incrementally updated PDF has several %%EOF; only what follows the last one counts.
        AssertResult(Inspect(Write([.. Pdf(), .. Pdf()[9..]])), EvidenceFileKind.Pdf, FileProblem.None);
    }

    [Fact]
    public void A_truncated_pdf_is_corrupt()
    {
        var pdf = Pdf();
        var cut = Encoding.ASCII.GetString(pdf).IndexOf("%%EOF", StringComparison.Ordinal);
        AssertResult(Inspect(Write(pdf[..cut]), "laporan.pdf"), EvidenceFileKind.Pdf, FileProblem.CorruptPdf);
        AssertResult(Inspect(Write(pdf[..(pdf.Length / 2)]), "laporan.pdf"), EvidenceFileKind.Pdf, FileProblem.CorruptPdf);
    }

    [Fact]
    public void A_pdf_without_startxref_is_corrupt() =>
        AssertResult(Inspect(Write(Pdf(withStartxref: false))), EvidenceFileKind.Pdf, FileProblem.CorruptPdf);

    [Fact]
    public void A_pdf_without_objects_is_corrupt() =>
        AssertResult(Inspect(Write("%PDF-1.7\nstartxref\n0\n%%EOF\n"u8.ToArray())), EvidenceFileKind.Pdf, FileProblem.CorruptPdf);

    [Fact]
    public void An_encrypted_or_permission_restricted_pdf_is_refused()
    {
        // The evaluators must be able to open (and print) every piece of evidence.
        var result = Inspect(Write(Pdf("/Encrypt 5 0 R ")), "SK Bupati.pdf");
        AssertResult(result, EvidenceFileKind.Pdf, FileProblem.Encrypted);
        Assert.False(result.Ok);
    }

    [Fact]
    public void An_executable_with_a_pdf_header_inside_is_not_a_pdf() =>
        AssertResult(Inspect(Write([.. "MZ\x90\0"u8.ToArray(), .. new byte[60], .. Pdf()]), "x.pdf"), null, FileProblem.NotAllowed);

    // ---- images ------------------------------------------------------------------------------------------

    [Fact]
    public void A_png_without_a_name_is_accepted_by_content()
    {
        var result = Inspect(Write(Png()));
        AssertResult(result, EvidenceFileKind.Png, FileProblem.None);
        Assert.Equal(".png", result.Extension);
        Assert.Equal("image/png", result.ContentType);
    }

    [Theory]
    [InlineData("foto.bin")]
    [InlineData("file_42")]
    [InlineData("GAMBAR.PNG")]
    public void A_png_with_an_unknown_or_matching_extension_is_accepted(string name) =>
        AssertResult(Inspect(Write(Png()), name), EvidenceFileKind.Png, FileProblem.None);

    [Fact]
    public void A_png_named_pdf_is_disguised()
    {
        var result = Inspect(Write(Png()), "laporan.pdf");
        AssertResult(result, EvidenceFileKind.Png, FileProblem.Disguised);
        Assert.Equal(".pdf→Png", result.Detail);
        Assert.Equal("", result.Extension);
    }

    [Fact]
    public void A_png_without_ihdr_first_is_corrupt() =>
        AssertResult(Inspect(Write([.. Png()[..8], 0, 0, 0, 0, (byte)'I', (byte)'E', (byte)'N', (byte)'D'])), EvidenceFileKind.Png, FileProblem.CorruptDocument);

    [Theory]
    [InlineData(null)]
    [InlineData("IMG_0001.JPG")]
    [InlineData("foto.jpeg")]
    public void A_jpeg_is_accepted_and_jpg_equals_jpeg(string? name)
    {
        var result = Inspect(Write(Jpeg()), name);
        AssertResult(result, EvidenceFileKind.Jpeg, FileProblem.None);
        Assert.Equal(".jpg", result.Extension);
        Assert.Equal("image/jpeg", result.ContentType);
    }

    [Fact]
    public void A_jpeg_with_data_after_the_end_marker_is_accepted() =>
        AssertResult(Inspect(Write([.. Jpeg(), .. new byte[5000]])), EvidenceFileKind.Jpeg, FileProblem.None);

    [Fact]
    public void A_jpeg_without_end_marker_is_corrupt() =>
        AssertResult(Inspect(Write(Jpeg(withEnd: false))), EvidenceFileKind.Jpeg, FileProblem.CorruptDocument);

    // ---- office documents and zips ------------------------------------------------------------------------

    [Fact]
    public void A_closedxml_workbook_is_xlsx()
    {
        var path = Path.Combine(_dir.FullName, "rencana.xlsx");
        using (var wb = new XLWorkbook())
        {
            var ws = wb.AddWorksheet("Rencana Aksi");
            ws.Cell(1, 1).Value = "Indikator";
            ws.Cell(2, 1).Value = 32;
            wb.SaveAs(path);
        }
        var result = Inspect(path, "rencana.xlsx");
        AssertResult(result, EvidenceFileKind.Xlsx, FileProblem.None);
        Assert.Equal(".xlsx", result.Extension);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", result.ContentType);
    }

    [Fact]
    public void A_hand_built_docx_is_docx()
    {
        var result = Inspect(Write(Docx()), "Notulen.docx");
        AssertResult(result, EvidenceFileKind.Docx, FileProblem.None);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", result.ContentType);
    }

    [Fact]
    public void A_docx_named_pdf_is_disguised() =>
        AssertResult(Inspect(Write(Docx()), "Notulen.pdf"), EvidenceFileKind.Docx, FileProblem.Disguised);

    [Fact]
    public void A_pptx_is_pptx() =>
        AssertResult(Inspect(Write(Zip(("[Content_Types].xml", Utf8("<Types/>")), ("ppt/presentation.xml", Utf8("<p/>"))))),
                     EvidenceFileKind.Pptx, FileProblem.None);

    [Fact]
    public void An_ooxml_package_without_its_main_part_is_corrupt() =>
        AssertResult(Inspect(Write(Zip(("[Content_Types].xml", Utf8("<Types/>")), ("word/styles.xml", Utf8("<w/>")))), "a.docx"),
                     null, FileProblem.CorruptDocument);

    [Fact]
    public void Odf_documents_are_recognised_by_their_mimetype_entry()
    {
        AssertResult(Inspect(Write(Odf("application/vnd.oasis.opendocument.text")), "a.odt"), EvidenceFileKind.Odt, FileProblem.None);
        AssertResult(Inspect(Write(Odf("application/vnd.oasis.opendocument.spreadsheet"))), EvidenceFileKind.Ods, FileProblem.None);
        AssertResult(Inspect(Write(Odf("application/vnd.oasis.opendocument.presentation"))), EvidenceFileKind.Zip, FileProblem.None);
    }

    [Fact]
    public void Any_other_zip_is_zip()
    {
        var result = Inspect(Write(Zip(("laporan/foto.txt", Utf8("x")), ("scan/", []), ("notulen..final.txt", Utf8("y")))), "bukti.zip");
        AssertResult(result, EvidenceFileKind.Zip, FileProblem.None);
        Assert.Equal("application/zip", result.ContentType);
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("scan/../../x")]
    [InlineData("..\\x")]
    [InlineData("/etc/x")]
    [InlineData("\\server\\x")]
    [InlineData("C:/Windows/x")]
    [InlineData("C:x")]
    [InlineData("a\nb.txt")]
    [InlineData("a\u001b[31mb.txt")]
    [InlineData("a\0b.txt")]
    public void A_zip_with_an_unsafe_entry_name_is_refused(string name) =>
        AssertResult(Inspect(Write(Zip(("ok.txt", Utf8("x")), (name, Utf8("y")))), "bukti.zip"), null, FileProblem.UnsafeEntryName);

    [Fact]
    public void A_broken_zip_is_corrupt() =>
        AssertResult(Inspect(Write([0x50, 0x4B, 3, 4, .. new byte[200]]), "a.docx"), null, FileProblem.CorruptDocument);

    [Fact]
    public void A_zip_of_zeros_far_larger_than_the_limit_is_a_bomb()
    {
        var path = ZeroBomb(250L << 20);
        Assert.True(new FileInfo(path).Length < 5 << 20);
        var result = Inspect(path, "bukti.zip");
        AssertResult(result, null, FileProblem.ZipBomb);
        // Refused from its declared size, before a byte is inflated (not by inflating 250 MiB and counting): cheap
        // whatever the machine's load. A bomb whose headers lie is inflated through a counter that stops at the limit
        // (A_zip_whose_headers_understate_the_size_is_a_bomb).
        Assert.Equal("declared size", result.Detail);
    }

    [Fact]
    public void A_high_ratio_entry_is_a_bomb_even_under_the_total_limit() =>
        AssertResult(Inspect(ZeroBomb(8L << 20, CompressionLevel.SmallestSize)), null, FileProblem.ZipBomb);

    [Fact]
    public void A_zip_whose_headers_understate_the_size_is_a_bomb()
    {
        // Declares 1 MiB (passes every declared-size check) but its deflate stream holds 64 MiB of zeros:
        // ZipArchive would stop at 1 MiB, other unzip tools would not. Caught by counting the real output.
        var path = ZeroBomb(64L << 20);
        PatchHeaders(path, uncompressed: 1u << 20);
        var result = Inspect(path, limits: new(MaxTotalUncompressed: 2L << 20));
        AssertResult(result, null, FileProblem.ZipBomb);
        Assert.Equal("uncompressed size", result.Detail);

        // Declared smaller than the compressed data itself: impossible for deflate, refused before inflating.
        PatchHeaders(path, uncompressed: 1000);
        AssertResult(Inspect(path), null, FileProblem.ZipBomb);
    }

    [Fact]
    public void The_real_size_within_the_limit_is_accepted()
    {
        var path = ZeroBomb(4L << 20);
        AssertResult(Inspect(path, limits: new(MaxRatio: 1e9)), EvidenceFileKind.Zip, FileProblem.None);
        AssertResult(Inspect(path, limits: new(MaxTotalUncompressed: 3L << 20, MaxRatio: 1e9)), null, FileProblem.ZipBomb);
    }

    [Fact]
    public void Too_many_entries_is_a_bomb()
    {
        var entries = Enumerable.Range(0, 20).Select(i => ($"f{i}.txt", Utf8("x"))).ToArray();
        AssertResult(Inspect(Write(Zip(entries)), limits: new(MaxEntries: 10)), null, FileProblem.ZipBomb);
        AssertResult(Inspect(Write(Zip(entries)), limits: new(MaxEntries: 20)), EvidenceFileKind.Zip, FileProblem.None);
    }

    [Fact]
    public void Nested_archives_are_refused_by_name_and_by_content()
    {
        var byName = Inspect(Write(Zip(("dalam.zip", Utf8("bukan zip")))));
        AssertResult(byName, null, FileProblem.ZipBomb);
        Assert.Equal("nested archive", byName.Detail);

        var byContent = Inspect(Write(Zip(("lampiran.dat", Zip(("a.txt", Utf8("a")))))));
        AssertResult(byContent, null, FileProblem.ZipBomb);
        Assert.Equal("nested archive", byContent.Detail);

        AssertResult(Inspect(Write(Zip(("dalam.zip", Zip(("a.txt", Utf8("a")))))), limits: new(MaxNestedArchives: 1)),
                     EvidenceFileKind.Zip, FileProblem.None);
    }

    [Fact]
    public void A_zip_of_office_documents_is_a_bundle_not_a_nested_archive()
    {
        AssertResult(Inspect(Write(Zip(("notulen.docx", Docx()), ("rekap.xlsx", Docx())))), EvidenceFileKind.Zip, FileProblem.None);
        // A .zip inside a bundle is still a nested archive.
        AssertResult(Inspect(Write(Zip(("notulen.docx", Docx()), ("lagi.zip", Docx())))), null, FileProblem.ZipBomb);
    }

    [Fact]
    public void Macro_enabled_office_files_are_refused()
    {
        var docm = Zip(("[Content_Types].xml", Utf8("<Types/>")), ("word/document.xml", Utf8("<w/>")), ("word/vbaProject.bin", Utf8("macro")));
        var result = Inspect(Write(docm), "laporan.docx");
        AssertResult(result, null, FileProblem.NotAllowed);
        Assert.EndsWith("macro", result.Detail);
    }

    [Fact]
    public void An_encrypted_entry_is_refused()
    {
        var path = Write(Zip(("rahasia.txt", Utf8("isi rahasia"))));
        PatchHeaders(path, setFlags: 1);
        AssertResult(Inspect(path, "bukti.zip"), null, FileProblem.Encrypted);
    }

    // ---- refused types and edge cases -------------------------------------------------------------------

    [Fact]
    public void An_executable_named_pdf_is_not_allowed()
    {
        var result = Inspect(Write([.. "MZ"u8.ToArray(), .. Enumerable.Range(0, 500).Select(i => (byte)(i * 7))]), "report.pdf");
        AssertResult(result, null, FileProblem.NotAllowed);
        Assert.Contains(".pdf", result.Detail);
        Assert.Equal("", result.Extension);
        Assert.Equal("application/octet-stream", result.ContentType);
    }

    [Theory]
    [InlineData("doc")]
    [InlineData("protected.docx")]
    public void Legacy_office_and_password_protected_ooxml_are_not_allowed(string name)
    {
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]];
        var result = Inspect(Write(ole), name);
        AssertResult(result, null, FileProblem.NotAllowed);
        Assert.Equal("legacy-office", result.Detail);
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html><body>hai</body></html>")]
    [InlineData("GIF89a\u0001\u0000\u0001\u0000")]
    [InlineData("\u007FELF\u0002\u0001\u0001")]
    [InlineData("Ini hanya teks biasa.")]
    public void Other_content_is_not_allowed(string content) =>
        AssertResult(Inspect(Write(Encoding.Latin1.GetBytes(content)), "x.txt"), null, FileProblem.NotAllowed);

    [Fact]
    public void Random_bytes_are_not_allowed()
    {
        var bytes = new byte[4096];
        new Random(42).NextBytes(bytes);
        bytes[0] = 0x01; // not by chance a signature
        AssertResult(Inspect(Write(bytes)), null, FileProblem.NotAllowed);
    }

    [Fact]
    public void Empty_and_too_large_files_are_refused_before_reading()
    {
        AssertResult(Inspect(Write([]), "a.pdf"), null, FileProblem.Empty);
        AssertResult(Inspect(Write(Pdf()), "a.pdf", maxBytes: 100), null, FileProblem.TooLarge);
    }

    [Fact]
    public void A_missing_file_does_not_throw() =>
        AssertResult(Inspect(Path.Combine(_dir.FullName, "tidak-ada.pdf")), null, FileProblem.CorruptDocument);

    [Fact]
    public void Truncated_files_of_every_kind_never_throw()
    {
        foreach (var sample in new[] { Pdf(), Png(), Jpeg(), Docx(), Odf("application/vnd.oasis.opendocument.text") })
            for (var length = 1; length < sample.Length; length += 7)
            {
                var result = Inspect(Write(sample[..length]), "x"); // must not throw
                if (sample[0] == 0x50 && length >= 4) Assert.Equal(FileProblem.CorruptDocument, result.Problem); // no central directory
            }
    }
}
