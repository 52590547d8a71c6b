using SpbeBot.Core.Spreadsheets;
using SpbeBot.Core.Questions;

namespace SpbeBot.Core.Plans.Import;

/// <summary>The columns a follow-up plan spreadsheet may have.</summary>
public enum PlanColumn
{
    No, Framework, Year, IndicatorNumber, Indicator, Service, Recommendation, CurrentLevel, TargetLevel, Action, Deadline, Opd, Status,
}

/// <summary>
/// Finds the header row under any title rows and maps its cells to <see cref="PlanColumn"/>s, recognising the
/// Indonesian names coordinators use and their variants (case, spacing and punctuation ignored).
/// </summary>
public sealed class PlanHeader
{
    /// <summary>Header texts (normalised) per column kind; the first match in this order wins for a cell.</summary>
    static readonly (PlanColumn Column, string[] Names)[] Known =
    [
        (PlanColumn.No, ["no", "nomor", "no urut", "nomor urut"]),
        (PlanColumn.Framework, ["kerangka", "framework", "kerangka penilaian"]),
        (PlanColumn.Year, ["tahun", "year", "tahun evaluasi"]),
        (PlanColumn.IndicatorNumber, ["no indikator", "nomor indikator", "indikator no", "kode indikator", "indicator number"]),
        (PlanColumn.Indicator, ["indikator", "nama indikator", "indikator spbe", "uraian indikator", "indicator"]),
        (PlanColumn.Service, ["layanan", "nama layanan", "layanan publik", "service"]),
        (PlanColumn.Recommendation, ["rekomendasi", "rekomendasi menpan", "rekomendasi kemenpan", "rekomendasi evaluator", "recommendation"]),
        (PlanColumn.TargetLevel, ["target level", "target tingkat kematangan", "level target", "target nilai", "target", "tingkat kematangan target", "target maturity"]),
        (PlanColumn.CurrentLevel, ["nilai", "nilai tingkat kematangan", "tingkat kematangan", "level", "level saat ini", "nilai saat ini", "tingkat kematangan saat ini", "nilai tk", "current level"]),
        (PlanColumn.Action, ["tindak lanjut", "rencana aksi", "rencana tindak lanjut", "kegiatan", "rencana kegiatan", "action", "action plan", "aksi"]),
        (PlanColumn.Deadline, ["target waktu", "tenggat", "tenggat waktu", "batas waktu", "deadline", "jadwal", "waktu", "target penyelesaian", "due date"]),
        (PlanColumn.Opd, ["opd terkait", "opd", "penanggung jawab", "pic", "perangkat daerah", "unit kerja", "opd penanggung jawab", "pd terkait", "responsible"]),
        (PlanColumn.Status, ["status", "progres", "progress", "keterangan status"]),
    ];

    public int RowIndex { get; }
    public int RowNumber { get; }
    public IReadOnlyDictionary<PlanColumn, int> Columns { get; }

    /// <summary>The header cells as the file writes them ("Indikator", "OPD Penanggung Jawab"), per column kind.</summary>
    readonly Dictionary<PlanColumn, string> _names;

    PlanHeader(int rowIndex, int rowNumber, Dictionary<PlanColumn, int> columns, SheetRow row)
    {
        (RowIndex, RowNumber, Columns) = (rowIndex, rowNumber, columns);
        _names = columns.ToDictionary(c => c.Key, c => string.Join(' ', row.Cell(c.Value).Split((char[])['\n', '\r', ' '], StringSplitOptions.RemoveEmptyEntries)));
    }

    public int? this[PlanColumn column] => Columns.TryGetValue(column, out var c) ? c : null;

    /// <summary>The column's header as the file names it, for messages; <paramref name="fallback"/> when the file has no such column.</summary>
    public string NameOf(PlanColumn column, string fallback) => _names.TryGetValue(column, out var name) && name.Length > 0 ? name : fallback;

    /// <summary>The best header among the first 20 non-empty rows, or null when none looks like one.</summary>
    public static PlanHeader? Find(IReadOnlyList<SheetRow> rows)
    {
        PlanHeader? best = null;
        foreach (var (row, index) in rows.Select((r, i) => (r, i)).Where(x => !x.r.IsEmpty).Take(20))
        {
            var columns = Map(row);
            // A header names the indicator, or at least three known columns (then the missing ones are reported).
            if (!columns.ContainsKey(PlanColumn.Indicator) && !columns.ContainsKey(PlanColumn.IndicatorNumber) && columns.Count < 3) continue;
            if (best is null || columns.Count > best.Columns.Count) best = new PlanHeader(index, row.Number, columns, row);
        }
        return best;
    }

    /// <summary>True when a data row is a repeated header (a new page in a printed-then-typed table).</summary>
    public bool IsRepeatedHeader(SheetRow row) => Map(row).Count >= Math.Max(2, Columns.Count - 1);

    static Dictionary<PlanColumn, int> Map(SheetRow row)
    {
        var columns = new Dictionary<PlanColumn, int>();
        for (var c = 0; c < row.Cells.Count; c++)
        {
            var text = Normalize(row.Cells[c]);
            if (text.Length == 0 || text.Length > 60) continue;
            foreach (var (column, names) in Known)
                if (!columns.ContainsKey(column) && names.Contains(text)) { columns[column] = c; break; }
        }
        return columns;
    }

    static string Normalize(string text) => TextNormalizer.Normalize(text.Replace('\n', ' '));
}
