using SpbeBot.Core.Criteria;
using SpbeBot.Core.People;
using SpbeBot.Core.Questions;
using SpbeBot.Dialogs.Common;

namespace SpbeBot.Dialogs.Conversation;

/// <summary>
/// Greetings, thanks, goodbyes, "SPBE itu apa", "kamu bisa apa", "bantuan": a short, friendly answer in the person's
/// language that shows what the bot can do for their role; strangers (not yet registered) and the CLI get the same
/// without anything that needs an account.
/// </summary>
public static class SmallTalk
{
    /// <summary>PermenPANRB 59/2020, Pasal 1 angka 1, as written (a test checks it against reference/).</summary>
    public const string SpbeQuote =
        "Sistem Pemerintahan Berbasis Elektronik selanjutnya disingkat SPBE adalah penyelenggaraan pemerintahan dengan memanfaatkan teknologi " +
        "informasi dan komunikasi untuk memberikan layanan kepada Instansi Pusat, Pemerintah Daerah, pegawai Aparatur Sipil Negara, perorangan, " +
        "masyarakat, pelaku usaha, dan pihak lain yang memanfaatkan layanan SPBE.";

    /// <summary>PermenPANRB 59/2020, Pasal 1 angka 3, as written.</summary>
    public const string EvaluationQuote =
        "Evaluasi SPBE adalah proses penilaian secara sistematis melalui verifikasi dan klarifikasi informasi yang dapat dilanjutkan dengan " +
        "validasi informasi terhadap hasil Penilaian Mandiri untuk mengukur tingkat kematangan penerapan SPBE.";

    /// <summary>A registered person: answered for their role, with the menu's buttons where they help.</summary>
    internal static IReadOnlyList<Reply> Answer(Turn turn, ChatIntentResult intent)
    {
        var x = ChatIntentTexts.For(turn.Person.Language);
        var p = turn.Person;
        var role = turn.Texts.RoleName(p.Role) + (p.OpdName is null ? "" : ", " + p.OpdName);
        var capabilities = x.CanDoFor(role) + "\n" + string.Join("\n", x.Capabilities(p.Role, p.OpdName, turn.IsTerminal));
        var menu = MainMenu.Buttons(turn).ToArray();
        return intent.Intent switch
        {
            ChatIntent.Greeting => Turn.One(x.Hello(p.Name) + "\n" + capabilities, menu),
            ChatIntent.Thanks => Turn.One(x.YouAreWelcome(p.Name) + " " + x.AnythingElse),
            ChatIntent.Goodbye => Turn.One(x.Bye(p.Name) + " " + (p.Muted ? x.ByeMuted : x.ByeReminders)),
            ChatIntent.WhatIsSpbe => Turn.One(WhatIs(x, intent.Pemdi, turn.Framework) + "\n\n" + capabilities),
            ChatIntent.Capabilities => Turn.One(capabilities, menu),
            ChatIntent.Help when intent.Upload => UploadHelp(turn, x),
            _ => MainMenu.Help(turn),
        };
    }

    /// <summary>"ko gak bisa unggah?": what the bot accepts, how big, how to send it and whom to ask — or why this account cannot upload.</summary>
    static IReadOnlyList<Reply> UploadHelp(Turn turn, ChatIntentTexts x)
    {
        var p = turn.Person;
        if (p.Role is PersonRole.TimKoordinasi) return Turn.One(turn.EvidenceTexts.UploadNotAllowed);
        if (p.Role is PersonRole.Operator && p.OpdId is null) return Turn.One(turn.EvidenceTexts.NoOpdForUpload);
        return Turn.One(x.UploadHelp(turn.EvidenceTexts.Size(turn.Services.Intake.Options.MaxBytes), turn.IsTerminal, operatorAsks: p.Role is PersonRole.Operator));
    }

    /// <summary>A stranger: small talk, or that own data needs an account, then how to join; nothing of the Pemda's.</summary>
    public static string ForStranger(ChatIntentResult intent, string? language)
    {
        var x = ChatIntentTexts.For(language);
        var general = x.CanDoGeneral + "\n" + string.Join("\n", x.Capabilities(null, null, terminal: false));
        return intent.Intent switch
        {
            ChatIntent.Thanks => x.YouAreWelcome(null) + "\n" + x.JoinFirst,
            ChatIntent.Goodbye => x.Bye(null) + "\n" + x.JoinFirst,
            ChatIntent.WhatIsSpbe => WhatIs(x, intent.Pemdi, null) + "\n\n" + x.JoinFirst,
            _ when intent.IsOwnData => x.StrangerOwnData + "\n" + x.JoinFirst,
            _ => x.HelloStranger + "\n" + general + "\n\n" + x.JoinFirst,
        };
    }

    /// <summary>The CLI (`spbebot ask`, no person, Indonesian): small talk, or which chat command shows the asker's own data.</summary>
    public static string ForCli(ChatIntentResult intent, string framework)
    {
        var x = ChatIntentTexts.Id;
        var general = x.CanDoGeneral + "\n" + string.Join("\n", x.Capabilities(null, null, terminal: true));
        return intent.Intent switch
        {
            // "indeks spbe provinsi berapa?" in a kabupaten: only our own index is held, which the commands show.
            ChatIntent.IndexNow when intent.OtherPemda => x.OnlyOwnIndex(CatalogStore.Get(framework).IndexLabel, shown: false) + " "
                + x.CliOwnData("indeks saat ini", "/ringkasan (koordinator dan Tim Koordinasi)", "./spbebot index --plan"),
            ChatIntent.IndexIfTargets when intent.OtherPemda => x.OnlyOwnIndex(CatalogStore.Get(framework).IndexLabel, shown: false) + " "
                + x.CliOwnData("indeks jika target tercapai", "/ringkasan (koordinator dan Tim Koordinasi)", "./spbebot index --plan"),
            ChatIntent.IndexNow => x.CliOwnData("indeks saat ini", "/ringkasan (koordinator dan Tim Koordinasi)", "./spbebot index --plan"),
            ChatIntent.IndexIfTargets => x.CliOwnData("indeks jika target tercapai", "/ringkasan (koordinator dan Tim Koordinasi)", "./spbebot index --plan"),
            ChatIntent.MyDeadlines => x.CliOwnData("tenggat rencana aksi", "/aksi", "./spbebot plan list --opd <OPD>"),
            ChatIntent.Overdue => x.CliOwnData("rencana aksi yang lewat tenggat", "/aksi (operator) atau /lewat (koordinator)", "./spbebot plan list --overdue"),
            ChatIntent.UploadState => x.CliOwnData("status unggahan bukti dukung", "/bukti <indikator> <level> atau /verifikasi (koordinator)", "./spbebot evidence list"),
            ChatIntent.MissingEvidence => x.CliOwnData("bukti dukung yang masih kurang",
                intent.Indicator is { } i ? $"/bukti {i} {intent.Level?.ToString() ?? "<level>"}" : "/bukti <indikator> <level>",
                intent.Indicator is { } n ? $"./spbebot evidence checklist {n}" : "./spbebot evidence checklist <indikator>"),
            ChatIntent.Thanks => x.YouAreWelcome(null),
            ChatIntent.Goodbye => x.Bye(null),
            ChatIntent.WhatIsSpbe => WhatIs(x, intent.Pemdi, framework),
            ChatIntent.Help => general + "\n\n" + x.CliHelp,
            _ => x.HelloStranger + "\n" + general + "\n\n" + x.CliHelp,
        };
    }

    /// <summary>SPBE quoted from PermenPANRB 59/2020; Pemdi from its catalog (no official definition in the reference texts).</summary>
    static string WhatIs(ChatIntentTexts x, bool pemdi, string? framework)
    {
        if (pemdi && CatalogStore.Exists("pemdi-2026"))
        {
            var c = CatalogStore.Get("pemdi-2026");
            var levels = c.Ladders.TryGetValue("pemdi", out var ladder) ? string.Join(", ", ladder.Select(s => $"{s.Level} {s.Name}")) : "1–5";
            return x.PemdiDefinition(c.Title, c.Aspects.Count, c.Indicators.Count, c.IndexLabel, levels) + (c.Status is null ? "" : "\n" + x.Provisional);
        }
        var text = x.SpbeDefinition(SpbeQuote, EvaluationQuote);
        return framework is not null && framework.StartsWith("pemdi", StringComparison.Ordinal) ? text + "\n\n" + x.SpbeRevokedSoon : text;
    }
}
