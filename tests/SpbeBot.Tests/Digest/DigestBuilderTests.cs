using System.Buffers.Binary;
using ClosedXML.Excel;
using SpbeBot.Core.Criteria;
using SpbeBot.Core.Digest;
using SpbeBot.Core.Evidence;
using SpbeBot.Core.Plans;
using SpbeBot.Dialogs.Digest;

namespace SpbeBot.Tests.Digest;

/// <summary>The digest of a known dataset, number by number, and its rendered chart and workbook.</summary>
public class DigestBuilderTests
{
    static readonly CriteriaCatalog Catalog = CatalogStore.Get("spbe-2024");
    static readonly DateOnly Today = new(2026, 11, 25);   // a Wednesday; its week starts Monday 23 Nov

    static PlanItem Item(long id, int indicator, int current, int target, string opd, PlanStatus status, DateOnly? deadline) => new()
    {
        Id = id, Framework = "spbe-2024", Year = 2026, Indicator = indicator, CurrentLevel = current, TargetLevel = target,
        Action = $"Aksi {indicator}", Deadline = deadline, Opds = [opd], Status = status,
    };

    static EvidenceRecord Evidence(long id, int indicator, int level, int item, string opd, EvidenceStatus status) => new()
    {
        Id = id, Sha256 = new string('a', 64), Size = 1, Kind = "pdf", ContentType = "application/pdf", Framework = "spbe-2024", Year = 2026,
        Indicator = indicator, Level = level, Item = item, OpdName = opd, Uploader = "x", OriginalName = "x.pdf", Channel = "test", Batch = "b", Status = status,
    };

    /// <summary>Every indicator at level 2 with target 3 (so the index is exactly 2,00 now and 3,00 projected).</summary>
    static List<PlanItem> Plan()
    {
        var items = Catalog.Indicators.Select(i => Item(i.Number, i.Number, 2, 3, i.Number % 2 == 0 ? "Bappeda" : "DKIS",
            PlanStatus.InProgress, Today.AddDays(60))).ToList();
        items[0] = items[0] with { Status = PlanStatus.Done };                                            // ind 1, DKIS
        items[2] = items[2] with { Deadline = Today.AddDays(-10) };                                       // ind 3, DKIS, 10 days late
        items[3] = items[3] with { Deadline = Today.AddDays(-3), Status = PlanStatus.Open };              // ind 4, Bappeda, 3 days late
        items[31] = items[31] with { Deadline = Today.AddDays(5) };                                      // ind 32, Bappeda, due in 5 days
        return items;
    }

    static WeeklyDigest Digest() => DigestBuilder.Build(Catalog, "Kabupaten Uji", 2026, Today, Plan(),
        [Evidence(1, 32, 3, 1, "Bappeda", EvidenceStatus.Pending), Evidence(2, 3, 2, 1, "DKIS", EvidenceStatus.Approved), Evidence(3, 5, 1, 1, "DKIS", EvidenceStatus.Rejected)],
        [new WeekIndex(new DateOnly(2026, 11, 16), 1.90m, 3.00m)]);

    [Fact]
    public void The_index_counts_late_days_and_risks_are_exact()
    {
        var d = Digest();
        Assert.Equal(new DateOnly(2026, 11, 23), d.Week);
        Assert.Equal((2.00m, 3.00m), (d.IndexNow!.Value, d.IndexTarget!.Value));
        Assert.Equal((IndexPredikat(2.00m), IndexPredikat(3.00m)), (d.PredikatNow, d.PredikatTarget));
        Assert.Equal(1.90m, d.LastWeek!.Now);
        Assert.All(d.Domains, x => Assert.Equal((2.00m, 3.00m), (x.Now!.Value, x.Target!.Value)));

        var dkis = d.Opds.Single(o => o.Opd == "DKIS");
        var bappeda = d.Opds.Single(o => o.Opd == "Bappeda");
        Assert.Equal((1, 23, 0, 1, 1, 0, 1), (dkis.Done, dkis.InProgress, dkis.Open, dkis.Overdue, dkis.EvidenceApproved, dkis.EvidencePending, dkis.EvidenceRejected));
        Assert.Equal((0, 22, 1, 1, 0, 1, 0), (bappeda.Done, bappeda.InProgress, bappeda.Open, bappeda.Overdue, bappeda.EvidenceApproved, bappeda.EvidencePending, bappeda.EvidenceRejected));

        Assert.Equal(2, d.OverdueTotal);
        Assert.Equal([(3, 10), (4, 3)], d.MostOverdue.Select(o => (o.Indicator, o.DaysLate)));
        var risk = Assert.Single(d.AtRisk);
        Assert.Equal((32, 3, 0, 1), (risk.Indicator, risk.TargetLevel, risk.Approved, risk.Required));

        var text = DigestTexts.Message(d);
        Assert.Contains("Indeks SPBE saat ini: 2,00 (" + d.PredikatNow + ") (+0,10 dari pekan lalu)", text);
        Assert.Contains("Proyeksi bila semua target tercapai: 3,00 (" + d.PredikatTarget + ") (tetap dari pekan lalu)", text);
        Assert.Contains("• DKIS: 1/23/1 · 1/0/1", text);
        Assert.Contains("• Ind. 3 · DKIS · lewat 10 hari", text);
        Assert.Contains("• Ind. 32 · tenggat 30 Nov · bukti L3 0/1", text);
    }

    [Fact]
    public void A_done_item_counts_at_its_target_only_once_its_evidence_is_approved()
    {
        WeeklyDigest With(EvidenceStatus status) => DigestBuilder.Build(Catalog, "Kabupaten Uji", 2026, Today, Plan(),
            [Evidence(1, 1, 3, 1, "DKIS", status)], []);

        Assert.Equal(2.00m, With(EvidenceStatus.Pending).IndexNow);                 // indicator 1 done, evidence not yet approved
        var approved = With(EvidenceStatus.Approved).IndexNow!.Value;
        Assert.True(approved > 2.00m, $"approved evidence for indicator 1 level 3 should raise the index, got {approved}");
    }

    static string IndexPredikat(decimal value) => SpbeBot.Core.Scoring.IndexCalculator.PredikatOf(Catalog, value).Name;

    [Fact]
    public void The_chart_writes_numbers_with_the_indonesian_decimal_comma_like_the_text()
    {
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            // A server in an English locale would otherwise label the axis 4.5 while the message says 4,5.
            System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.GetCultureInfo("en-US");
            var plot = DigestChart.DomainsPlot(Digest());
            plot.GetImageBytes(DigestChart.Width, DigestChart.Height, ScottPlot.ImageFormat.Png);
            var labels = plot.Axes.Left.TickGenerator.Ticks.Where(t => t.IsMajor).Select(t => t.Label).ToList();
            Assert.Contains(labels, l => l.Contains(','));
            Assert.DoesNotContain(labels, l => l.Contains('.'));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void The_charts_are_pngs_of_the_expected_size_and_the_workbook_totals_match_the_message()
    {
        var d = Digest();
        foreach (var png in new[] { DigestChart.DomainsPng(d), DigestChart.TrendPng(d)! })
        {
            Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
            Assert.Equal((DigestChart.Width, DigestChart.Height),
                ((int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(16)), (int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(20))));
            using var bitmap = SkiaSharp.SKBitmap.Decode(png);
            Assert.Equal(DigestChart.Width, bitmap.Width);
        }
        Assert.Null(DigestChart.TrendPng(d with { History = [] }));

        using var workbook = new XLWorkbook(new MemoryStream(DigestWorkbook.Xlsx(d)));
        var opds = workbook.Worksheet("Per OPD");
        var total = opds.LastRowUsed()!;
        Assert.Equal("Jumlah", total.Cell(1).GetString());
        Assert.Equal((1, 45, 1, 2, 1, 1, 1), (total.Cell(2).GetValue<int>(), total.Cell(3).GetValue<int>(), total.Cell(4).GetValue<int>(),
            total.Cell(5).GetValue<int>(), total.Cell(6).GetValue<int>(), total.Cell(7).GetValue<int>(), total.Cell(8).GetValue<int>()));
        Assert.Equal(d.OverdueTotal, total.Cell(5).GetValue<int>());
        Assert.Equal(2.00m, workbook.Worksheet("Ringkasan").Cell(5, 2).GetValue<decimal>());
        Assert.Equal(10, workbook.Worksheet("Lewat Tenggat").Cell(2, 5).GetValue<int>());
        var domains = workbook.Worksheet("Per Domain");
        Assert.Equal("Domain", domains.Cell(1, 1).GetString());
        Assert.Equal(d.Domains.Count + 1, domains.LastRowUsed()!.RowNumber());
        Assert.False(workbook.TryGetWorksheet("Per Aspek", out _));
    }

    /// <summary>An instansi on pemdi-2026: the index has aspects directly under it, and every rendering says so.</summary>
    [Fact]
    public void A_pemdi_digest_says_aspek_in_the_text_the_charts_and_the_workbook()
    {
        var pemdi = CatalogStore.Get("pemdi-2026");
        Assert.False(pemdi.HasDomains);
        var items = pemdi.Indicators.Select(i => Item(i.Number, i.Number, 2, 3, "DKIS", PlanStatus.InProgress, Today.AddDays(60))
            with { Framework = "pemdi-2026" }).ToList();
        var d = DigestBuilder.Build(pemdi, "Kabupaten Uji", 2026, Today, items, [], [new WeekIndex(new DateOnly(2026, 11, 16), 1.90m, 3.00m)]);
        Assert.True(d.ByAspect);
        Assert.Equal(pemdi.Aspects.Select(a => a.Name), d.Domains.Select(x => x.Name));
        Assert.All(d.Domains, x => Assert.Equal((2.00m, 3.00m), (x.Now!.Value, x.Target!.Value)));

        var text = DigestTexts.Message(d);
        Assert.Contains("Ringkasan mingguan Pemdi — Kabupaten Uji", text);
        Assert.Contains("Indeks Pemdi saat ini: 2,00", text);
        Assert.Contains("Grafik indeks per aspek", text);
        Assert.DoesNotContain("domain", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("SPBE", text);

        var chart = DigestChart.DomainsPlot(d);
        chart.GetImageBytes(DigestChart.Width, DigestChart.Height, ScottPlot.ImageFormat.Png);
        Assert.Equal("Indeks Pemdi per aspek: saat ini vs target", chart.Axes.Title.Label.Text);
        Assert.Equal("Aspek", chart.Axes.Bottom.Label.Text);
        Assert.Equal(pemdi.Aspects.Count, chart.Axes.Bottom.TickGenerator.Ticks.Count(t => t.IsMajor));
        Assert.Equal("Indeks Pemdi per pekan", DigestChart.TrendPlot(d)!.Axes.Title.Label.Text);
        var spbeChart = DigestChart.DomainsPlot(Digest());
        Assert.Equal("Indeks SPBE per domain: saat ini vs target", spbeChart.Axes.Title.Label.Text);
        Assert.Equal("Domain", spbeChart.Axes.Bottom.Label.Text);

        using var workbook = new XLWorkbook(new MemoryStream(DigestWorkbook.Xlsx(d)));
        Assert.False(workbook.TryGetWorksheet("Per Domain", out _));
        var aspects = workbook.Worksheet("Per Aspek");
        Assert.Equal(("Aspek", "Nama", "Indeks Pemdi saat ini"), (aspects.Cell(1, 1).GetString(), aspects.Cell(1, 2).GetString(), aspects.Cell(1, 3).GetString()));
        Assert.Equal(pemdi.Aspects.Count + 1, aspects.LastRowUsed()!.RowNumber());
        Assert.Equal((1, pemdi.Aspects[0].Name, 2.00m, 3.00m),
            (aspects.Cell(2, 1).GetValue<int>(), aspects.Cell(2, 2).GetString(), aspects.Cell(2, 3).GetValue<decimal>(), aspects.Cell(2, 4).GetValue<decimal>()));
        var labels = workbook.Worksheets.SelectMany(w => w.CellsUsed()).Select(c => c.GetString()).ToList();
        Assert.Contains(labels, l => l.StartsWith($"Aspek 1: {pemdi.Aspects[0].Name}", StringComparison.Ordinal));
        Assert.DoesNotContain(labels, l => l.Contains("domain", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("Indeks Pemdi saat ini", labels);

        var folder = Path.Combine(Path.GetTempPath(), "spbebot-test-digest-" + Guid.NewGuid().ToString("N"));
        try
        {
            var files = DigestFiles.Write(d, folder);
            Assert.StartsWith("grafik-aspek-", Path.GetFileName(files.ChartPath));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
