using System.Net.Mail;
using SpbeBot.Core.Questions;
using SpbeBot.Core.Spreadsheets;

namespace SpbeBot.Core.People.Import;

/// <summary>The columns of a staff list as coordinators keep it.</summary>
public enum StaffColumn { Name, Opd, Role, Phone, Email, TelegramUsername }

/// <summary>Why a row of a staff list cannot be imported (the texts live in the dialogs project).</summary>
public enum StaffProblemKind { NameMissing, OpdMissing, OpdUnknown, RoleUnknown, PhoneInvalid, EmailInvalid, UsernameInvalid, DuplicateInFile, ContactTakenByAnother }

/// <summary>One problem of one row; <see cref="Value"/> is the cell (or the other row number for a duplicate).</summary>
public sealed record StaffProblem(int Row, StaffProblemKind Kind, string Value);

/// <summary>One valid row: a person as they will be stored (contact details normalised).</summary>
public sealed record StaffEntry(int Row, string Name, PersonRole Role, long? OpdId, string? OpdName, string? Phone, string? Email, string? TelegramUsername);

/// <summary>What a staff list holds: the valid rows and the problems, by row number as Excel shows it.</summary>
public sealed record StaffListRead(string Sheet, int HeaderRow, IReadOnlyList<StaffEntry> Entries, IReadOnlyList<StaffProblem> Problems, IReadOnlyList<StaffColumn> MissingColumns)
{
    public bool HeaderFound => HeaderRow > 0;
}

/// <summary>
/// Reads a staff list (XLSX or CSV): finds the header row under any title rows like the plan importer does, recognises
/// the Indonesian column names and their variants (nama, OPD / perangkat daerah / unit kerja, peran, no. HP, e-mail,
/// username Telegram), and checks every row. An empty role means operator.
/// </summary>
public static class StaffList
{
    static readonly (StaffColumn Column, string[] Names)[] Known =
    [
        (StaffColumn.Name, ["nama", "nama lengkap", "nama pegawai", "nama peserta", "name", "full name"]),
        (StaffColumn.Opd, ["opd", "perangkat daerah", "unit kerja", "skpd", "nama opd", "asal opd", "instansi", "department"]),
        (StaffColumn.Role, ["peran", "role", "peran di bot", "peran spbe", "hak akses"]),
        (StaffColumn.Phone, ["no hp", "nomor hp", "hp", "no telepon", "nomor telepon", "telepon", "no wa", "nomor wa", "whatsapp", "no hp wa", "phone"]),
        (StaffColumn.Email, ["email", "e mail", "surel", "alamat email", "alamat e mail"]),
        (StaffColumn.TelegramUsername, ["username telegram", "telegram", "akun telegram", "user telegram", "telegram username"]),
    ];

    public static StaffListRead Read(string path, IReadOnlyList<Opd> opds)
    {
        var sheets = SheetGrid.Read(path);
        foreach (var (rows, index) in sheets.Select((s, i) => (s, i)))
        {
            var header = FindHeader(rows);
            if (header is null) continue;
            return ReadRows(Path.GetExtension(path).Equals(".csv", StringComparison.OrdinalIgnoreCase) ? "CSV" : $"lembar {index + 1}", rows, header.Value, opds);
        }
        return new StaffListRead("", 0, [], [], [StaffColumn.Name, StaffColumn.Opd]);
    }

    static (int Index, int Number, Dictionary<StaffColumn, int> Columns)? FindHeader(IReadOnlyList<SheetRow> rows)
    {
        foreach (var (row, index) in rows.Select((r, i) => (r, i)).Where(x => !x.r.IsEmpty).Take(20))
        {
            var columns = new Dictionary<StaffColumn, int>();
            for (var c = 0; c < row.Cells.Count; c++)
            {
                var text = TextNormalizer.Normalize(row.Cells[c].Replace('\n', ' '));
                if (text.Length is 0 or > 40) continue;
                foreach (var (column, names) in Known)
                    if (!columns.ContainsKey(column) && names.Contains(text)) { columns[column] = c; break; }
            }
            if (columns.ContainsKey(StaffColumn.Name) && columns.Count >= 2) return (index, row.Number, columns);
        }
        return null;
    }

    static StaffListRead ReadRows(string sheet, IReadOnlyList<SheetRow> rows, (int Index, int Number, Dictionary<StaffColumn, int> Columns) header, IReadOnlyList<Opd> opds)
    {
        var missing = new[] { StaffColumn.Name, StaffColumn.Opd }.Where(c => !header.Columns.ContainsKey(c)).ToList();
        if (missing.Count > 0) return new StaffListRead(sheet, header.Number, [], [], missing);
        var byKey = opds.SelectMany(o => o.Aliases.Append(o.Name).Append(o.Abbreviation ?? "").Where(n => n.Length > 0).Select(n => (Key: OpdNameNormalizer.Normalize(n), Opd: o)))
            .GroupBy(x => x.Key).ToDictionary(g => g.Key, g => g.First().Opd);
        string Cell(SheetRow row, StaffColumn column) => header.Columns.TryGetValue(column, out var c) ? row.Cell(c).Trim() : "";

        var entries = new List<StaffEntry>();
        var problems = new List<StaffProblem>();
        var seen = new Dictionary<string, int>();
        foreach (var row in rows.Skip(header.Index + 1).Where(r => !r.IsEmpty))
        {
            var before = problems.Count;
            var name = string.Join(' ', Cell(row, StaffColumn.Name).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (name.Length == 0) problems.Add(new(row.Number, StaffProblemKind.NameMissing, ""));

            var roleText = Cell(row, StaffColumn.Role);
            var role = ParseRole(roleText);
            if (role is null) problems.Add(new(row.Number, StaffProblemKind.RoleUnknown, roleText));

            var opdText = Cell(row, StaffColumn.Opd);
            Opd? opd = null;
            if (opdText.Length > 0 && !byKey.TryGetValue(OpdNameNormalizer.Normalize(opdText), out opd))
                problems.Add(new(row.Number, StaffProblemKind.OpdUnknown, opdText));
            else if (opdText.Length == 0 && role == PersonRole.Operator)
                problems.Add(new(row.Number, StaffProblemKind.OpdMissing, ""));

            var phoneText = Cell(row, StaffColumn.Phone);
            var phone = NormalizePhone(phoneText);
            if (phoneText.Length > 0 && phone is null) problems.Add(new(row.Number, StaffProblemKind.PhoneInvalid, phoneText));
            var emailText = Cell(row, StaffColumn.Email);
            var email = NormalizeEmail(emailText);
            if (emailText.Length > 0 && email is null) problems.Add(new(row.Number, StaffProblemKind.EmailInvalid, emailText));
            var userText = Cell(row, StaffColumn.TelegramUsername);
            var user = NormalizeUsername(userText);
            if (userText.Length > 0 && user is null) problems.Add(new(row.Number, StaffProblemKind.UsernameInvalid, userText));
            if (problems.Count > before) continue;

            var keys = new[] { phone is null ? null : "p:" + phone, email is null ? null : "e:" + email, user is null ? null : "u:" + user,
                phone is null && email is null && user is null ? $"n:{OpdNameNormalizer.Normalize(name)}|{opd?.Id}" : null }.OfType<string>().ToList();
            if (keys.FirstOrDefault(seen.ContainsKey) is { } dup)
            {
                problems.Add(new(row.Number, StaffProblemKind.DuplicateInFile, seen[dup].ToString(System.Globalization.CultureInfo.InvariantCulture)));
                continue;
            }
            foreach (var k in keys) seen[k] = row.Number;
            entries.Add(new StaffEntry(row.Number, name, role!.Value, opd?.Id, opd?.DisplayName, phone, email, user));
        }
        return new StaffListRead(sheet, header.Number, entries, problems, []);
    }

    /// <summary>operator (also empty), koordinator/coordinator, tim koordinasi, admin; null when none of these.</summary>
    public static PersonRole? ParseRole(string text) => TextNormalizer.Normalize(text) switch
    {
        "" or "operator" or "operator opd" or "staf" or "staff" => PersonRole.Operator,
        "koordinator" or "coordinator" or "koordinator spbe" or "tim spbe" => PersonRole.Coordinator,
        "tim koordinasi" or "tim koordinasi spbe" or "tim-koordinasi" or "timkoordinasi" or "pimpinan" => PersonRole.TimKoordinasi,
        "admin" or "administrator" => PersonRole.Admin,
        _ => null,
    };

    /// <summary>Indonesian mobile numbers as 62…: "0812-3456-7890", "+62 812 3456 7890", "812…" (Excel dropped the 0); null when not a number.</summary>
    public static string? NormalizePhone(string text)
    {
        if (text.Length == 0 || text.Any(c => char.IsLetter(c))) return null;
        var digits = new string(text.Where(char.IsDigit).ToArray());
        if (digits.StartsWith('0')) digits = "62" + digits[1..];
        else if (digits.StartsWith('8')) digits = "62" + digits;
        return digits.Length is >= 9 and <= 15 ? digits : null;
    }

    public static string? NormalizeEmail(string text)
    {
        text = text.Trim().ToLowerInvariant();
        if (text.Length == 0 || text.Contains(' ') || !MailAddress.TryCreate(text, out var address) || address.Address != text || !address.Host.Contains('.')) return null;
        return text;
    }

    /// <summary>"@budi_s", "t.me/budi_s" or "budi_s" → "budi_s" (Telegram: 5–32 letters, digits, underscore).</summary>
    public static string? NormalizeUsername(string text)
    {
        text = text.Trim().ToLowerInvariant();
        foreach (var prefix in new[] { "https://t.me/", "http://t.me/", "t.me/", "@" })
            if (text.StartsWith(prefix, StringComparison.Ordinal)) text = text[prefix.Length..];
        return text.Length is >= 5 and <= 32 && text.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '_') ? text : null;
    }
}
