using System.Security.Cryptography;

namespace SpbeBot.Core.Evidence;

/// <summary>
/// Passes writes through to the temp file while hashing and counting them, and stops the upload with
/// <see cref="FileTooLargeException"/> before the first byte past the limit is written. Not disposing: the store
/// owns the file.
/// </summary>
sealed class HashingLimitStream(Stream inner, IncrementalHash hash, long maxBytes) : Stream
{
    long _written;

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => _written;
    public override long Position { get => _written; set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        Count(buffer.Length);
        hash.AppendData(buffer);
        inner.Write(buffer);
    }

    public override void WriteByte(byte value) => Write([value]);

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken ct = default)
    {
        Count(buffer.Length);
        hash.AppendData(buffer.Span);
        await inner.WriteAsync(buffer, ct);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken ct) =>
        WriteAsync(buffer.AsMemory(offset, count), ct).AsTask();

    void Count(int bytes)
    {
        if (_written + bytes > maxBytes) throw new FileTooLargeException(maxBytes);
        _written += bytes;
    }

    public override void Flush() => inner.Flush();
    public override Task FlushAsync(CancellationToken ct) => inner.FlushAsync(ct);
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
