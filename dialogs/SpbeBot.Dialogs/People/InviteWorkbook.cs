using ClosedXML.Excel;
using QRCoder;
using SpbeBot.Core.People.Import;
using SpbeBot.Core.People;

namespace SpbeBot.Dialogs.People;

/// <summary>
/// The workbook a staff import writes: one row per person with their invite code, Telegram link and a QR code image of
/// that link (for printing at the kick-off meeting). Without a bot username there are codes and no links or images.
/// </summary>
public static class InviteWorkbook
{
    /// <summary>Writes the workbook to <paramref name="path"/> and one QR code PNG per person into <paramref name="qrFolder"/>.</summary>
    public static void Write(string path, string qrFolder, IReadOnlyList<StaffImported> people, string? botUsername, string zone, PeopleTexts texts)
    {
        if (botUsername is not null) Directory.CreateDirectory(qrFolder);
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add(texts.SheetName);
        var headers = texts.WorkbookHeaders;
        for (var c = 0; c < headers.Length; c++) sheet.Cell(1, c + 1).Value = headers[c];
        sheet.Row(1).Style.Font.Bold = true;
        var row = 2;
        foreach (var p in people)
        {
            sheet.Cell(row, 1).Value = p.Entry.Row;
            sheet.Cell(row, 2).Value = p.Entry.Name;
            sheet.Cell(row, 3).Value = p.Entry.OpdName ?? "";
            sheet.Cell(row, 4).Value = texts.Role(p.Entry.Role);
            if (p.Invite is { } invite)
            {
                var link = Link(botUsername, invite.Code);
                sheet.Cell(row, 5).Value = invite.Code;
                sheet.Cell(row, 6).Value = link ?? texts.StartCommand(invite.Code);
                if (link is not null) sheet.Cell(row, 6).Hyperlink = new XLHyperlink(link);
                sheet.Cell(row, 7).Value = $"{TimeZones.ToLocal(invite.ExpiresAt, zone):yyyy-MM-dd HH:mm} {TimeZones.Abbreviation(zone)}";
                if (link is not null)
                {
                    var name = $"{p.Entry.Row:000}-{FileSafe(p.Entry.Name)}.png";
                    File.WriteAllBytes(Path.Combine(qrFolder, name), QrPng(link));
                    sheet.Cell(row, 9).Value = name;
                    sheet.Cell(row, 9).Hyperlink = new XLHyperlink(Path.GetFileName(qrFolder) + "/" + name);
                }
            }
            else sheet.Cell(row, 8).Value = texts.AlreadyJoined;
            row++;
        }
        // Fixed widths: ClosedXML's AdjustToContents measures with System.Drawing, which Linux does not have.
        double[] widths = [7, 28, 14, 16, 20, 48, 20, 16, 18];
        for (var c = 0; c < widths.Length; c++) sheet.Column(c + 1).Width = widths[c];
        workbook.SaveAs(path);
    }

    /// <summary>
    /// A PNG of the link's QR code, drawn by QRCoder without System.Drawing. (ClosedXML 0.95 can only embed pictures through
    /// System.Drawing, which Linux lacks, so the images are files next to the workbook, named in its last column.)
    /// </summary>
    public static byte[] QrPng(string text)
    {
        using var qr = QRCodeGenerator.GenerateQrCode(text, QRCodeGenerator.ECCLevel.M);
        return new PngByteQRCode(qr).GetGraphic(8);
    }

    static string FileSafe(string name) => new(name.Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray());

    /// <summary>https://t.me/&lt;bot&gt;?start=&lt;code&gt;; null without a username.</summary>
    public static string? Link(string? botUsername, string code) =>
        string.IsNullOrWhiteSpace(botUsername) ? null : $"https://t.me/{botUsername.TrimStart('@')}?start={code}";
}
