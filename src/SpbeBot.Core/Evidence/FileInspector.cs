using System.Text;

namespace SpbeBot.Core.Evidence;

/// <summary>The evidence formats we accept, decided by content.</summary>
public enum EvidenceFileKind { Pdf, Docx, Xlsx, Pptx, Odt, Ods, Jpeg, Png, Zip }

/// <summary>Why an upload is refused (<see cref="None"/> when it is accepted).</summary>
public enum FileProblem { None, Empty, TooLarge, NotAllowed, Disguised, CorruptPdf, CorruptDocument, ZipBomb, Encrypted, UnsafeEntryName }

/// <summary>
/// The verdict on one upload. <see cref="Kind"/> is the content's type when it could be recognised (also on
/// Disguised and structural problems); <see cref="Detail"/> is a short machine-ish hint for the chat text, e.g.
/// "legacy-office", "nested archive", ".pdf→Png". A PDF with an /Encrypt dictionary is refused as
/// <see cref="FileProblem.Encrypted"/>: the evaluators must be able to open every piece of evidence, and a password or
/// permission-restricted PDF may not open (or print) for them.
/// </summary>
public sealed record FileInspection(EvidenceFileKind? Kind, FileProblem Problem, string? Detail)
{
    public bool Ok => Problem == FileProblem.None;

    /// <summary>The extension to store the file under (".pdf", ".docx", ...); "" when not <see cref="Ok"/>.</summary>
    public string Extension => Ok && Kind is { } k ? FileInspector.ExtensionOf(k) : "";

    /// <summary>The MIME type matching the content; "application/octet-stream" when not <see cref="Ok"/>.</summary>
    public string ContentType => Ok && Kind is { } k ? FileInspector.ContentTypeOf(k) : "application/octet-stream";
}

/// <summary>Limits for ZIP-family uploads (DOCX/XLSX/... are ZIPs too). Declared sizes are checked first, then
/// every entry is actually decompressed through a counter, because declared sizes can lie.</summary>
public sealed record ArchiveLimits(
    long MaxTotalUncompressed = 200L << 20,
    int MaxEntries = 10_000,
    double MaxRatio = 100,
    int MaxNestedArchives = 0 /* nested zips inside a zip are refused */);

/// <summary>
/// Decides an uploaded evidence file's type from its bytes — never from the name or the declared MIME type — and
/// refuses empty, oversized, dangerous, broken and disguised files. Never throws; reads only what it needs
/// (head and tail for PDFs and images, the archive for ZIPs).
/// </summary>
public static class FileInspector
{
    const int HeadSize = 64 * 1024;
    const int TailSize = 64 * 1024;

    /// <summary>Extensions that mean "this is evidence of type X"; a name claiming one of them must match the content.</summary>
    static readonly Dictionary<string, string> KnownExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = "Pdf", [".doc"] = "Doc", [".docx"] = "Docx", [".xls"] = "Xls", [".xlsx"] = "Xlsx",
        [".ppt"] = "Ppt", [".pptx"] = "Pptx", [".odt"] = "Odt", [".ods"] = "Ods",
        [".jpg"] = "Jpeg", [".jpeg"] = "Jpeg", [".png"] = "Png", [".zip"] = "Zip",
    };

    public static FileInspection Inspect(string path, string? originalName, long maxBytes, ArchiveLimits? limits = null)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists) return new(null, FileProblem.CorruptDocument, "unreadable");
            if (info.Length == 0) return new(null, FileProblem.Empty, null);
            if (info.Length > maxBytes) return new(null, FileProblem.TooLarge, $"{info.Length} > {maxBytes}");

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.RandomAccess);
            var byContent = InspectContent(stream, limits ?? new ArchiveLimits());
            return CheckName(byContent, originalName);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Contract: never throw on any input; a file we cannot read is treated as broken.
            return new(null, FileProblem.CorruptDocument, "unreadable");
        }
    }

    internal static string ExtensionOf(EvidenceFileKind kind) => kind switch
    {
        EvidenceFileKind.Pdf => ".pdf", EvidenceFileKind.Docx => ".docx", EvidenceFileKind.Xlsx => ".xlsx",
        EvidenceFileKind.Pptx => ".pptx", EvidenceFileKind.Odt => ".odt", EvidenceFileKind.Ods => ".ods",
        EvidenceFileKind.Jpeg => ".jpg", EvidenceFileKind.Png => ".png", EvidenceFileKind.Zip => ".zip",
        _ => "",
    };

    internal static string ContentTypeOf(EvidenceFileKind kind) => kind switch
    {
        EvidenceFileKind.Pdf => "application/pdf",
        EvidenceFileKind.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        EvidenceFileKind.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        EvidenceFileKind.Pptx => "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        EvidenceFileKind.Odt => "application/vnd.oasis.opendocument.text",
        EvidenceFileKind.Ods => "application/vnd.oasis.opendocument.spreadsheet",
        EvidenceFileKind.Jpeg => "image/jpeg",
        EvidenceFileKind.Png => "image/png",
        EvidenceFileKind.Zip => "application/zip",
        _ => "application/octet-stream",
    };

    static FileInspection InspectContent(FileStream stream, ArchiveLimits limits)
    {
        var head = ReadAt(stream, 0, HeadSize);
        if (StartsWith(head, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))
            // OLE compound file: legacy .doc/.xls/.ppt, and also password-protected OOXML.
            return new(null, FileProblem.NotAllowed, "legacy-office");
        if (StartsWith(head, [0x50, 0x4B, 0x03, 0x04])) return ZipInspector.Inspect(stream, limits);
        if (StartsWith(head, [0xFF, 0xD8, 0xFF])) return InspectJpeg(stream);
        if (StartsWith(head, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) return InspectPng(head);

        // A PDF starts with its header. Readers tolerate junk in front of it, which is how polyglots work (an HTML page
        // or an executable with a PDF inside): the whole file must be the PDF.
        if (StartsWith(head, "%PDF-"u8)) return InspectPdf(stream, head);

        return new(null, FileProblem.NotAllowed, Describe(head));
    }

    static FileInspection InspectPdf(FileStream stream, byte[] head)
    {
        var tail = ReadAt(stream, Math.Max(0, stream.Length - TailSize), TailSize);
        // Scanners and mail gateways pad with whitespace/NULs; ignore that before looking for the end marker.
        var end = tail.Length;
        while (end > 0 && tail[end - 1] is 0 or (byte)' ' or (byte)'\r' or (byte)'\n' or (byte)'\t' or (byte)'\f') end--;
        var last = tail.AsSpan(Math.Max(0, end - 1024), end - Math.Max(0, end - 1024));

        if (IndexOf(last, "%%EOF"u8) < 0) return new(EvidenceFileKind.Pdf, FileProblem.CorruptPdf, "no %%EOF");
        // Whatever follows the last %%EOF (beyond padding) is not part of the PDF: an appended ZIP or script would be
        // stored and exported with it.
        if (!last.EndsWith("%%EOF"u8)) return new(EvidenceFileKind.Pdf, FileProblem.CorruptPdf, "data after %%EOF");
        if (IndexOf(last, "startxref"u8) < 0) return new(EvidenceFileKind.Pdf, FileProblem.CorruptPdf, "no startxref");
        if (IndexOf(head, "obj"u8) < 0 && IndexOf(tail, "obj"u8) < 0) return new(EvidenceFileKind.Pdf, FileProblem.CorruptPdf, "no objects");

        // The trailer (at the end, or in front for linearised files) names the encryption dictionary.
        if (IndexOf(tail, "/Encrypt"u8) >= 0 || IndexOf(head, "/Encrypt"u8) >= 0) return new(EvidenceFileKind.Pdf, FileProblem.Encrypted, "encrypted pdf");
        return new(EvidenceFileKind.Pdf, FileProblem.None, null);
    }

    static FileInspection InspectJpeg(FileStream stream)
    {
        // Cameras and editors append data after the end-of-image marker; accept FF D9 anywhere in the tail.
        var tail = ReadAt(stream, Math.Max(3, stream.Length - TailSize), TailSize);
        return IndexOf(tail, [0xFF, 0xD9]) >= 0
            ? new(EvidenceFileKind.Jpeg, FileProblem.None, null)
            : new(EvidenceFileKind.Jpeg, FileProblem.CorruptDocument, "no end-of-image marker");
    }

    static FileInspection InspectPng(byte[] head)
    {
        // The first chunk must be IHDR with its fixed 13-byte length.
        var ok = head.Length >= 16 && head[8] == 0 && head[9] == 0 && head[10] == 0 && head[11] == 13
                 && head.AsSpan(12, 4).SequenceEqual("IHDR"u8);
        return ok ? new(EvidenceFileKind.Png, FileProblem.None, null) : new(EvidenceFileKind.Png, FileProblem.CorruptDocument, "no IHDR");
    }

    /// <summary>A name claiming a different evidence type than the content is refused; unknown or missing
    /// extensions (Telegram photos, ".bin") are accepted by content.</summary>
    static FileInspection CheckName(FileInspection byContent, string? originalName)
    {
        var nameExt = ExtensionOfName(originalName);
        if (nameExt is null || !KnownExtensions.TryGetValue(nameExt, out var claimed)) return byContent;
        var ext = nameExt.ToLowerInvariant();
        if (byContent.Problem == FileProblem.NotAllowed)
            return byContent.Detail == "legacy-office" ? byContent : byContent with { Detail = $"{ext}→{byContent.Detail}" };
        if (!byContent.Ok || byContent.Kind is not { } kind) return byContent;
        return claimed == kind.ToString() ? byContent : new(kind, FileProblem.Disguised, $"{ext}→{kind}");
    }

    static string? ExtensionOfName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        var segment = name[(name.LastIndexOfAny(['/', '\\']) + 1)..].TrimEnd(' ', '.');
        var dot = segment.LastIndexOf('.');
        return dot > 0 ? segment[dot..] : null;
    }

    /// <summary>A word for what a refused file looks like, for logs and the chat.</summary>
    static string Describe(byte[] head)
    {
        if (StartsWith(head, "MZ"u8) || StartsWith(head, [0x7F, 0x45, 0x4C, 0x46]) || StartsWith(head, "#!"u8)
            || StartsWith(head, [0xCF, 0xFA, 0xED, 0xFE]) || StartsWith(head, [0xCA, 0xFE, 0xBA, 0xBE])) return "executable";
        if (StartsWith(head, "GIF8"u8)) return "gif";
        if (StartsWith(head, "Rar!"u8) || StartsWith(head, "7z"u8) || StartsWith(head, [0x1F, 0x8B])) return "other-archive";
        var text = Encoding.UTF8.GetString(head, 0, Math.Min(head.Length, 512)).TrimStart('\uFEFF', ' ', '\r', '\n', '\t');
        if (text.StartsWith('<')) return "html";
        return "unknown";
    }

    internal static byte[] ReadAt(Stream stream, long offset, int count)
    {
        stream.Position = offset;
        var buffer = new byte[(int)Math.Min(count, Math.Max(0, stream.Length - offset))];
        stream.ReadExactly(buffer);
        return buffer;
    }

    internal static bool StartsWith(ReadOnlySpan<byte> data, ReadOnlySpan<byte> prefix) => data.StartsWith(prefix);

    static int IndexOf(ReadOnlySpan<byte> data, ReadOnlySpan<byte> value) => data.IndexOf(value);
}
