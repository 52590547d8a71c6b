using SpbeBot.Dialogs.Common;

namespace SpbeBot.Tests.Dialogs;

/// <summary>
/// The terminal chat's header (the instansi, the database, the plan's counts, the evidence files' check) and "--as" naming
/// nobody are in the language of the person played, like the rest of the chat (the walk-through of wip-21cc: they were
/// Indonesian outside dialogs/).
/// </summary>
public class TerminalHeaderTests
{
    static string[] HeaderLines(TerminalTexts x) =>
    [
        x.Header(null), x.Header("Pemkot Kalipuro"), x.Database("localhost:5432/spbebot", "/var/lib/spbebot"), x.PlanSummary("spbe-2024", 2026, 12, 3, 2),
        x.FilesReconciled(1, 2, 0), x.PersonNotFound("Dedi", ["Budi", "Rina"]),
    ];

    [Fact]
    public void English_header_has_no_indonesian()
    {
        foreach (var line in HeaderLines(TerminalTexts.En))
            foreach (var word in (string[])["Basis data", "bawaan", "Rencana aksi", "butir", "selesai", "tenggat", "belum diatur", "Rekonsiliasi", "tidak ditemukan", "Pilihan"])
                Assert.DoesNotContain(word, line);
        Assert.Equal("spbe-2024 action plan 2026: 12 items, 3 done, 2 past their deadline.", TerminalTexts.En.PlanSummary("spbe-2024", 2026, 12, 3, 2));
    }

    [Fact]
    public void Indonesian_header_is_unchanged()
    {
        var x = TerminalTexts.Id;
        Assert.Equal("SpbeBot — (instansi belum diatur)", x.Header(null));
        Assert.Equal("Basis data: localhost:5432/spbebot (PostgreSQL bawaan, data: /var/lib/spbebot)", x.Database("localhost:5432/spbebot", "/var/lib/spbebot"));
        Assert.Equal("Rencana aksi spbe-2024 tahun 2026: 12 butir, 3 selesai, 2 lewat tenggat.", x.PlanSummary("spbe-2024", 2026, 12, 3, 2));
        Assert.Equal("Orang \"Dedi\" tidak ditemukan. Pilihan: Budi, Rina", x.PersonNotFound("Dedi", ["Budi", "Rina"]));
    }
}
