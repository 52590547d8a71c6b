using SpbeBot.Dialogs.Common;
using SpbeBot.Dialogs.People;

namespace SpbeBot.Dialogs.Cli;

/// <summary>
/// What <c>spbebot people import|pending</c> print and their <c>--help</c>, in the machine's language. The staff
/// import's report and the pending list are the chat's words (<see cref="PeopleTexts"/>, through <see cref="People"/>).
/// </summary>
public sealed class PeopleCommandTexts : BilingualTexts
{
    public static readonly PeopleCommandTexts Id = new(english: false);
    public static readonly PeopleCommandTexts En = new(english: true);

    /// <summary>The machine's (<see cref="MachineLocale"/>), chosen once per run.</summary>
    public static PeopleCommandTexts Machine => MachineLocale.English ? En : Id;

    PeopleCommandTexts(bool english) : base(english)
    {
        People = new PeopleTexts(english);
    }

    /// <summary>The staff import's and /undangan's texts in this language.</summary>
    public PeopleTexts People { get; }

    // --help
    public string PeopleHelp => S("Orang-orang Pemda: impor daftar staf, siapa yang belum bergabung", "The Pemda's people: import the staff list, who has not joined yet");
    public string ImportHelp => S("Membuat/memperbarui orang dari daftar staf, masing-masing dengan undangan pribadi (satu transaksi)",
        "Create or update people from the staff list, each with a personal invite (one transaction)");
    public string StaffListHelp => S("Daftar staf XLSX atau CSV: Nama, OPD, Peran, opsional No. HP, E-mail, Username Telegram",
        "A staff list, XLSX or CSV: Nama, OPD, Peran, optionally No. HP, E-mail, Username Telegram");
    public string DryRunHelp => S("Tampilkan saja apa yang akan terjadi; tidak menyimpan dan tidak menulis berkas", "Only show what would happen; save nothing and write no file");
    public string OutHelp => S("Workbook tautan undangan + kode QR (bawaan: undangan-<nama berkas>.xlsx)", "The workbook of invite links + QR codes (default: undangan-<file name>.xlsx)");
    public string DaysHelp => S("Masa berlaku undangan baru dalam hari", "How many days new invites stay valid");
    public string PendingHelp => S("Siapa dari daftar staf yang belum bergabung, dengan masa berlaku undangannya", "Who on the staff list has not joined yet, with when their invite expires");

    public string DaysOutOfRange => S("Masa berlaku harus 1–90 hari.", "The validity must be 1–90 days.");

    /// <summary>The spreadsheet could not be read; the reader's own reason follows.</summary>
    /// <summary>Why a file is no spreadsheet that can be read, in the same language.</summary>
    public SpreadsheetTexts Spreadsheet => SpreadsheetTexts.For(_en);

    public string NotImported(string reason) => S($"Mohon maaf, berkas tidak dapat diimpor. {reason}", $"Sorry, the file could not be imported. {reason}");

    public string WorkbookNotWritten(string path, string reason) => S(
        $"Mohon maaf, workbook undangan tidak dapat ditulis ke {path} ({reason}). Tidak ada yang disimpan.",
        $"Sorry, the invite workbook could not be written to {path} ({reason}). Nothing was saved.");
}
