using System.Diagnostics;
using System.Security.Cryptography;
using SpbeBot.Core.Audit;
using SpbeBot.Core.Evidence;
using SpbeBot.Core.Storage;

namespace SpbeBot.Bench;

/// <summary>
/// Evidence storage: N files of S MB through the whole upload path a chat upload takes — download into a temp file
/// (hashed, size-capped, fsynced), content inspection, atomic rename into the content store (directory fsynced), and
/// the database row (committed, audited) — on an embedded cluster with production settings. Then the same files
/// again: deduplicated, they must cost no second copy. Usage: evidence [--files N] [--mb S].
/// </summary>
static class EvidenceBench
{
    public static async Task<int> Run(string[] args)
    {
        var count = BenchArgs.Int(args, "--files", 1000);
        var megabytes = BenchArgs.Int(args, "--mb", 1);
        await using var db = await BenchDatabase.StartAsync("evidence");
        var options = new EvidenceOptions(Path.Combine(db.Root, "store"), MaxBytes: (megabytes + 1) * 1024L * 1024L);
        var intake = EvidenceIntake.On(db.Connections, options);
        var files = Enumerable.Range(0, count).Select(i => Pdf(i, megabytes)).ToList();
        Console.WriteLine($"{count} files of {megabytes} MB (PDF), store on {options.Root}");

        var first = await UploadAll(intake, files, "first");
        var usage = intake.Files.Usage();
        Console.WriteLine($"  store after first pass: {usage.Files} files, {usage.Bytes / 1024.0 / 1024.0:0.0} MB");
        var second = await UploadAll(intake, files, "again (same content)");
        var again = intake.Files.Usage();
        Console.WriteLine($"  store after second pass: {again.Files} files, {again.Bytes / 1024.0 / 1024.0:0.0} MB " +
                          $"(extra: {again.Files - usage.Files} files, {(again.Bytes - usage.Bytes) / 1024.0 / 1024.0:0.0} MB); deduplicated uploads: {second.Deduplicated}/{count}");
        return first.Failures + second.Failures == 0 && again == usage ? 0 : 1;
    }

    static async Task<(int Failures, int Deduplicated)> UploadAll(EvidenceIntake intake, IReadOnlyList<byte[]> files, string label)
    {
        var samples = new List<double>(files.Count);
        var (failures, deduplicated) = (0, 0);
        var total = Stopwatch.StartNew();
        for (var i = 0; i < files.Count; i++)
        {
            var content = files[i];
            var sw = Stopwatch.StartNew();
            var result = await intake.ReceiveAsync(new UploadRequest(
                (destination, ct) => destination.WriteAsync(content, ct).AsTask(), $"bukti-{i}.pdf", content.Length,
                "spbe-2024", 2026, null, "bench", null, "bench", "bench-" + label + i, new EvidenceTarget(32, 4, 1)), Actor.System("bench"));
            samples.Add(sw.Elapsed.TotalMilliseconds);
            if (!result.Stored) failures++;
            if (result.AlreadyStored) deduplicated++;
        }
        var seconds = total.Elapsed.TotalSeconds;
        var megabytes = files.Sum(f => (long)f.Length) / 1024.0 / 1024.0;
        Console.WriteLine($"{label}: {files.Count} uploads in {seconds:0.0} s — {files.Count / seconds:0.0} files/s, {megabytes / seconds:0.0} MB/s; " +
                          $"per file median {QuestionsBench.Percentile(samples, 50):0.0} ms, p99 {QuestionsBench.Percentile(samples, 99):0.0} ms, max {samples.Max():0.0} ms; failures {failures}");
        return (failures, deduplicated);
    }

    /// <summary>A valid PDF of about the given size whose bytes differ per index (random padding in a stream object).</summary>
    internal static byte[] Pdf(int index, int megabytes)
    {
        var padding = new byte[megabytes * 1024 * 1024 - 600];
        new Random(index).NextBytes(padding);
        using var buffer = new MemoryStream();
        void Ascii(string s) => buffer.Write(System.Text.Encoding.ASCII.GetBytes(s));
        Ascii("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n");
        Ascii($"3 0 obj\n<< /Length {padding.Length} >>\nstream\n");
        buffer.Write(padding);
        Ascii("\nendstream\nendobj\n");
        var xref = buffer.Position;
        Ascii($"xref\n0 1\n0000000000 65535 f \ntrailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return buffer.ToArray();
    }
}
