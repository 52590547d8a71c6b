using System.IO.Compression;
using System.Text;

namespace SpbeBot.Core.Evidence;

/// <summary>
/// ZIP-family uploads (ZIP, DOCX/XLSX/PPTX, ODT/ODS): refuses bombs, nested archives and encrypted entries, then
/// classifies by the parts present. Nothing is extracted here, but whoever unpacks the evidence export later would
/// extract it: entry names that are absolute, climb out ("..") or carry a drive letter or control characters are refused.
/// </summary>
static class ZipInspector
{
    const long RatioCheckFrom = 1L << 20; // small entries (XML parts) compress very well and are harmless

    public static FileInspection Inspect(Stream stream, ArchiveLimits limits)
    {
        stream.Position = 0;
        ZipArchive archive;
        try { archive = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true); }
        catch (InvalidDataException) { return Corrupt("not a readable zip"); }

        using (archive)
        {
            try { return Inspect(archive, stream, limits); }
            catch (InvalidDataException) { return Corrupt("damaged zip entry"); }
        }
    }

    static FileInspection Inspect(ZipArchive archive, Stream stream, ArchiveLimits limits)
    {
        var entries = archive.Entries;
        if (entries.Count > limits.MaxEntries) return Bomb($"{entries.Count} entries");

        // Declared sizes first: cheap, and catches honest bombs without decompressing anything.
        long declared = 0;
        foreach (var entry in entries)
        {
            if (!IsSafeEntryName(entry.FullName)) return Unsafe();
            if (entry.IsEncrypted) return new(null, FileProblem.Encrypted, entry.FullName);
            declared += entry.Length;
            if (entry.Length < 0 || declared > limits.MaxTotalUncompressed) return Bomb("declared size");
            if (entry.Length > RatioCheckFrom && entry.Length > limits.MaxRatio * Math.Max(1, entry.CompressedLength))
                return Bomb($"ratio {entry.Length / Math.Max(1, entry.CompressedLength)}");
            // Deflate never grows data by more than a few bytes per block, so a much larger compressed size means
            // the declared uncompressed size is a lie (other unzip tools would expand the real stream).
            if (entry.CompressedLength > entry.Length + entry.Length / 100 + 1024) return Bomb("declared size mismatch");
        }

        // Then decompress everything through a counter, because declared sizes can lie: ZipArchiveEntry.Open stops
        // at the declared size, while other unzip tools follow the deflate stream to its real end. So we inflate
        // the raw data ourselves, from the local headers the central directory points to.
        var raw = RawZip.ReadCentralDirectory(stream);
        if (raw is null) return Corrupt("unreadable central directory");
        var nested = 0;
        long total = 0;
        var buffer = new byte[81920];
        foreach (var entry in raw)
        {
            if (!IsSafeEntryName(entry.Name)) return Unsafe();
            if (entry.Name.EndsWith('/') && entry.CompressedSize == 0) continue; // directory
            using var content = RawZip.OpenData(stream, entry);
            if (content is null) return Corrupt($"unsupported entry {entry.Name}");
            var isZip = entry.Name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase);
            var read = content.ReadAtLeast(buffer, 4, throwOnEndOfStream: false);
            // Office and OpenDocument files are ZIP containers too; a bundle of them is a normal way to send evidence.
            // Only real archives inside an archive count as nested (the classic recursive bomb).
            isZip |= read >= 4 && buffer.AsSpan(0, 4).SequenceEqual("PK\u0003\u0004"u8) && !IsOfficeDocument(entry.Name);
            while (read > 0)
            {
                total += read;
                if (total > limits.MaxTotalUncompressed) return Bomb("uncompressed size");
                read = content.Read(buffer, 0, buffer.Length);
            }
            if (isZip && ++nested > limits.MaxNestedArchives) return Bomb("nested archive");
        }

        return Classify(archive);
    }

    /// <summary>
    /// A relative path of plain segments: not absolute ("/x", "\\x"), no drive letter or other colon ("C:x"), no ".."
    /// segment (with either separator), no control characters (NUL, newlines, escapes) — what unzip tools would turn
    /// into a write outside the target folder or a misleading name.
    /// </summary>
    internal static bool IsSafeEntryName(string name)
    {
        if (name.Length == 0 || name[0] is '/' or '\\') return false;
        foreach (var c in name)
            if (char.IsControl(c) || c == ':') return false;
        foreach (var segment in name.Split('/', '\\'))
            if (segment.Trim() == "..") return false;
        return true;
    }

    static FileInspection Unsafe() => new(null, FileProblem.UnsafeEntryName, "unsafe entry name");

    static readonly string[] OfficeExtensions = [".docx", ".xlsx", ".pptx", ".odt", ".ods", ".odp"];

    static bool IsOfficeDocument(string name) => OfficeExtensions.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    static FileInspection Classify(ZipArchive archive)
    {
        bool Has(string name) => archive.GetEntry(name) is not null;

        // Macros run on the coordinator's computer when the file is opened; evidence never needs them.
        if (archive.Entries.Any(e => e.Name.Equals("vbaProject.bin", StringComparison.OrdinalIgnoreCase)))
            return new(null, FileProblem.NotAllowed, "macro");

        if (Has("[Content_Types].xml"))
        {
            if (Has("word/document.xml")) return Accept(EvidenceFileKind.Docx);
            if (Has("xl/workbook.xml")) return Accept(EvidenceFileKind.Xlsx);
            if (Has("ppt/presentation.xml")) return Accept(EvidenceFileKind.Pptx);
            // An Office package without its main part will not open in Word/Excel.
            return Corrupt("OOXML without main part");
        }

        var mimetype = ReadSmallText(archive.GetEntry("mimetype"));
        return mimetype switch
        {
            "application/vnd.oasis.opendocument.text" => Accept(EvidenceFileKind.Odt),
            "application/vnd.oasis.opendocument.spreadsheet" => Accept(EvidenceFileKind.Ods),
            _ => Accept(EvidenceFileKind.Zip),
        };
    }

    static string? ReadSmallText(ZipArchiveEntry? entry)
    {
        if (entry is null || entry.Length > 256) return null;
        using var reader = new StreamReader(entry.Open(), Encoding.ASCII);
        return reader.ReadToEnd().Trim();
    }

    static FileInspection Accept(EvidenceFileKind kind) => new(kind, FileProblem.None, null);
    static FileInspection Corrupt(string detail) => new(null, FileProblem.CorruptDocument, detail);
    static FileInspection Bomb(string detail) => new(null, FileProblem.ZipBomb, detail);
}

/// <summary>
/// Just enough of the ZIP format to reach each entry's raw data: end of central directory (with its ZIP64
/// variant), central directory records, local headers. Returns null on anything malformed.
/// </summary>
static class RawZip
{
    public sealed record Entry(string Name, int Method, long CompressedSize, long LocalHeaderOffset);

    const uint EndOfCentralDirectory = 0x06054B50, Zip64Locator = 0x07064B50, Zip64End = 0x06064B50;
    const uint CentralHeader = 0x02014B50, LocalHeader = 0x04034B50;

    public static List<Entry>? ReadCentralDirectory(Stream stream)
    {
        var tailLength = (int)Math.Min(stream.Length, 22 + 65535); // the EOCD record plus the longest comment
        var tail = FileInspector.ReadAt(stream, stream.Length - tailLength, tailLength);
        var eocd = tail.AsSpan().LastIndexOf("PK\u0005\u0006"u8);
        if (eocd < 0 || eocd + 22 > tail.Length) return null;
        long directorySize = U32(tail, eocd + 12), directoryOffset = U32(tail, eocd + 16);
        if (directoryOffset == uint.MaxValue || directorySize == uint.MaxValue)
        {
            if (eocd < 20 || U32(tail, eocd - 20) != Zip64Locator) return null;
            var record = FileInspector.ReadAt(stream, Math.Min(stream.Length, (long)U64(tail, eocd - 12)), 56);
            if (record.Length < 56 || U32(record, 0) != Zip64End) return null;
            directorySize = (long)U64(record, 40);
            directoryOffset = (long)U64(record, 48);
        }
        if (directoryOffset < 0 || directorySize < 0 || directoryOffset + directorySize > stream.Length) return null;

        var directory = FileInspector.ReadAt(stream, directoryOffset, (int)directorySize);
        var entries = new List<Entry>();
        for (var at = 0; at + 46 <= directory.Length && U32(directory, at) == CentralHeader;)
        {
            int method = U16(directory, at + 10), nameLength = U16(directory, at + 28);
            int extraLength = U16(directory, at + 30), commentLength = U16(directory, at + 32);
            long compressed = U32(directory, at + 20), uncompressed = U32(directory, at + 24), offset = U32(directory, at + 42);
            if (at + 46 + nameLength + extraLength > directory.Length) return null;
            var name = System.Text.Encoding.UTF8.GetString(directory, at + 46, nameLength);

            // ZIP64 extra field (id 1): 8-byte values, only for the fields that hold 0xFFFFFFFF, in this order.
            ReadOnlySpan<byte> extra = directory.AsSpan(at + 46 + nameLength, extraLength);
            while (extra.Length >= 4)
            {
                int id = extra[0] | extra[1] << 8, size = extra[2] | extra[3] << 8;
                if (size > extra.Length - 4) return null;
                if (id == 1)
                {
                    var values = extra.Slice(4, size);
                    var next = 0;
                    long Next(ReadOnlySpan<byte> v) { var x = next + 8 <= v.Length ? (long)U64(v, next) : -1; next += 8; return x; }
                    if (uncompressed == uint.MaxValue) uncompressed = Next(values);
                    if (compressed == uint.MaxValue) compressed = Next(values);
                    if (offset == uint.MaxValue) offset = Next(values);
                }
                extra = extra[(4 + size)..];
            }
            if (compressed < 0 || offset < 0) return null;
            entries.Add(new(name, method, compressed, offset));
            at += 46 + nameLength + extraLength + commentLength;
        }
        return entries;
    }

    /// <summary>The entry's uncompressed bytes as other tools would produce them, or null for an unknown method
    /// or a broken local header. Reads from <paramref name="stream"/>: use one entry at a time.</summary>
    public static Stream? OpenData(Stream stream, Entry entry)
    {
        if (entry.LocalHeaderOffset + 30 > stream.Length) return null;
        var header = FileInspector.ReadAt(stream, entry.LocalHeaderOffset, 30);
        if (U32(header, 0) != LocalHeader) return null;
        var dataStart = entry.LocalHeaderOffset + 30 + U16(header, 26) + U16(header, 28);
        if (dataStart + entry.CompressedSize > stream.Length) return null;
        var data = new Window(stream, dataStart, entry.CompressedSize);
        return entry.Method switch
        {
            0 => data,
            8 => new System.IO.Compression.DeflateStream(data, System.IO.Compression.CompressionMode.Decompress),
            _ => null, // deflate64, bzip2, lzma...: ZipArchive cannot read them either
        };
    }

    static int U16(ReadOnlySpan<byte> b, int at) => b[at] | b[at + 1] << 8;
    static uint U32(ReadOnlySpan<byte> b, int at) => System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(b[at..]);
    static ulong U64(ReadOnlySpan<byte> b, int at) => System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(b[at..]);

    /// <summary>A read-only view of [start, start+length) of a seekable stream, as unzip tools bound an entry's data.</summary>
    sealed class Window(Stream inner, long start, long length) : Stream
    {
        long _position;
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => length;
        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - _position);
            if (n <= 0) return 0;
            inner.Position = start + _position;
            n = inner.Read(buffer, offset, n);
            _position += n;
            return n;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
