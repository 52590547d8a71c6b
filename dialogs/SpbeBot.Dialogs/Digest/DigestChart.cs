using ScottPlot;
using SpbeBot.Core.Digest;

namespace SpbeBot.Dialogs.Digest;

/// <summary>
/// The digest's pictures: index per domain (per aspect where the framework has no domains) now vs if every target is met, and — once earlier weeks exist — the index
/// week by week. Each is a PNG sent as a photo.
/// </summary>
public static class DigestChart
{
    public const int Width = 1000, Height = 560;

    public static byte[] DomainsPng(WeeklyDigest d) => DomainsPlot(d).GetImageBytes(Width, Height, ImageFormat.Png);

    /// <summary>The domains chart before rendering (the tests read its tick labels).</summary>
    internal static Plot DomainsPlot(WeeklyDigest d)
    {
        var plot = new Plot();
        Domains(plot, d);
        IndonesianNumbers(plot);
        return plot;
    }

    /// <summary>The digest's text writes 4,5: so do the chart's axis and bar labels, whatever the server's culture.</summary>
    static void IndonesianNumbers(Plot plot) =>
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = v => Common.Format.Number((decimal)Math.Round(v, 2)) };

    /// <summary>Null until a snapshot of an earlier week exists.</summary>
    public static byte[]? TrendPng(WeeklyDigest d) => TrendPlot(d)?.GetImageBytes(Width, Height, ImageFormat.Png);

    /// <summary>The trend chart before rendering; null until a snapshot of an earlier week exists.</summary>
    internal static Plot? TrendPlot(WeeklyDigest d)
    {
        if (d.History.Count == 0) return null;
        var plot = new Plot();
        Trend(plot, d);
        IndonesianNumbers(plot);
        return plot;
    }

    static void Domains(Plot plot, WeeklyDigest d)
    {
        var now = Colors.SteelBlue;
        var target = Colors.Orange;
        var bars = new List<Bar>();
        for (var i = 0; i < d.Domains.Count; i++)
        {
            bars.Add(new Bar { Position = i * 3 + 1, Value = (double)(d.Domains[i].Now ?? 0), FillColor = now, Label = Value(d.Domains[i].Now) });
            bars.Add(new Bar { Position = i * 3 + 2, Value = (double)(d.Domains[i].Target ?? 0), FillColor = target, Label = Value(d.Domains[i].Target) });
        }
        plot.Add.Bars(bars);
        plot.Axes.Bottom.SetTicks(d.Domains.Select((_, i) => i * 3 + 1.5).ToArray(), d.Domains.Select(x => Short(x.Name)).ToArray());
        plot.Axes.SetLimitsY(0, 5);
        plot.Title(DigestTexts.ChartCaption(d));
        plot.Axes.Bottom.Label.Text = DigestTexts.GroupHeading(d);
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "Saat ini", FillColor = now });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "Target", FillColor = target });
        plot.ShowLegend(Alignment.UpperLeft);
    }

    static void Trend(Plot plot, WeeklyDigest d)
    {
        var weeks = d.History.Append(new WeekIndex(d.Week, d.IndexNow, d.IndexTarget)).ToList();
        var xs = weeks.Select((_, i) => (double)i).ToArray();
        var now = plot.Add.Scatter(xs, weeks.Select(w => (double)(w.Now ?? 0)).ToArray());
        now.LegendText = "Saat ini";
        var target = plot.Add.Scatter(xs, weeks.Select(w => (double)(w.Target ?? 0)).ToArray());
        target.LegendText = "Target";
        plot.Axes.Bottom.SetTicks(xs, weeks.Select(w => w.Week.ToString("d/M")).ToArray());
        plot.Axes.SetLimitsY(0, 5);
        plot.Title(DigestTexts.TrendCaption(d));
        plot.ShowLegend(Alignment.LowerRight);
    }

    static string Value(decimal? value) => value is { } v ? Common.Format.Index(v) : "";

    static string Short(string domain) => domain.Replace("Kebijakan Internal", "Kebijakan").Replace(" SPBE", "");
}
