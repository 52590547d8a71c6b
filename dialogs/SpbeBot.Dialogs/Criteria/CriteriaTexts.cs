using Element = SpbeBot.Core.Questions.SituationReader.Element;
using SpbeBot.Dialogs.Common;

namespace SpbeBot.Dialogs.Criteria;

/// <summary>Every user-facing string of criteria answers, in Bahasa Indonesia (first) and English.</summary>
public sealed record CriteriaTexts
{
    /// <summary>English numbers (decimal point) instead of Indonesian ones (decimal comma).</summary>
    public bool English { get; init; }
    public required string Indicator { get; init; }
    public required string Weight { get; init; }
    public required string LevelCriterion { get; init; }
    public required string Fulfilment { get; init; }
    public required string Evidence { get; init; }
    public required string EvidenceExamples { get; init; }
    public required string Description { get; init; }
    public required string AssessmentRules { get; init; }
    public required string LevelsOverview { get; init; }
    public required Func<int, string> PrerequisiteNote { get; init; }
    /// <summary>After the fulfilment sentence that states how often (asked "berapa tahun sekali"): where it is quoted from.</summary>
    public required Func<int, int, string> FrequencyStated { get; init; }
    public required string Source { get; init; }
    public required string FulfilmentOnRequest { get; init; }
    public required string MoreButton { get; init; }
    public required string EvidenceButton { get; init; }
    public required string PlanButton { get; init; }
    public required Func<int, int, string> CompareTitle { get; init; }
    public required Func<int, int, string> CompareNewAtHigher { get; init; }
    public required Func<int, int, int, string> CompareSkipsLevels { get; init; }
    public required string EvidenceNotInCatalog { get; init; }
    public required string LevelMissingInCatalog { get; init; }
    public required string ChooseLevel { get; init; }
    public required string AmbiguousIntro { get; init; }
    public required Func<int, string> UnknownIndicator { get; init; }
    public required Func<int, string> LevelOutOfRange { get; init; }
    public required string MissingIndicator { get; init; }
    public required string OffTopic { get; init; }
    /// <summary>Not understood, and the message holds letters of another script (Cyrillic, Arabic, CJK …).</summary>
    public required string OtherScript { get; init; }
    public required string Empty { get; init; }
    public required Func<int, string> TooLong { get; init; }
    public required string MaybeYouMeant { get; init; }
    public required string Examples { get; init; }
    public required Func<string, string> IndexValueOutOfRange { get; init; }
    public required Func<string, string, string> PredikatAnswer { get; init; }
    /// <summary>The predikat of every value on one side of a bound: side ("di bawah"), bound, the band names.</summary>
    public required Func<string, string, string, string> PredikatRangeAnswer { get; init; }
    public required string Below { get; init; }
    public required string Above { get; init; }
    /// <summary>Between band names: " atau ".</summary>
    public required string Or { get; init; }
    public required string PredikatBands { get; init; }
    public required string IncompleteLevels { get; init; }
    public required string IndexTitle { get; init; }
    public required string DomainIndex { get; init; }
    public required string AspectIndex { get; init; }
    public required string WeightsTitle { get; init; }
    public required string Domain { get; init; }
    public required string Aspect { get; init; }
    public required string WeightNotInCatalog { get; init; }
    public required Func<int, string> LadderTitle { get; init; }
    public required string LadderProcess { get; init; }
    public required string LadderService { get; init; }
    public required string LadderAskIndicator { get; init; }
    public required string IncompleteCatalog { get; init; }
    /// <summary>Instead of a catalog note too long for an answer (the full note: <c>./spbebot catalog list --notes</c>).</summary>
    public required string IncompleteCatalogShort { get; init; }

    /// <summary>A catalog note that fits an answer as it is: one line of at most 200 characters.</summary>
    public static bool IsShortCatalogNote(string note) => note.Length <= 200 && !note.Contains('\n');
    public required string WhatIfTitle { get; init; }
    public required string WhatIfCurrent { get; init; }
    public required string WhatIfTarget { get; init; }
    public required string WhatIfChange { get; init; }
    public required Func<int, string> WhatIfRaised { get; init; }
    // ---- self-assessment, moving up, domain/aspect arithmetic (issue 15) ----
    public required Func<int, string> SituationMeets { get; init; }
    public required Func<int, string> SituationAtLeast { get; init; }
    public required Func<int, string> SituationNextNeeds { get; init; }
    public required Func<int, int, string> SituationAtMost { get; init; }
    /// <summary>A higher level's step is described but not every criterion of level n: level n decides.</summary>
    public required Func<int, string> SituationGap { get; init; }
    public required Func<int, string> SituationOtherwise { get; init; }
    public required Func<int, string> SituationPointsAt { get; init; }
    public required Func<int, string> SituationDeciding { get; init; }
    /// <summary>The criteria of level n the description neither states nor denies, by name: asked (SituationReader.Silent.cs).</summary>
    public required Func<string, int, string> SituationSilent { get; init; }
    /// <summary>The deciding criterion's heading after <see cref="SituationSilent"/> has asked: it does not ask again.</summary>
    public required Func<int, string> SituationDecidingAsked { get; init; }
    /// <summary>The level claimed rests on lower levels the description leaves unsaid (level claimed, each assumed level with its unsaid criteria by name): said and asked (SituationReader.Assumed.cs).</summary>
    public required Func<int, IReadOnlyList<(int Level, string Names)>, string> SituationAssumed { get; init; }
    public required string SituationUndecided { get; init; }
    public required string SituationTopLevel { get; init; }
    public required Func<string, string, string> SituationRead { get; init; }
    public required string SituationNothing { get; init; }
    /// <summary>A follow-up named with no review stated: level 5 needs the follow-up of a review; asked, not credited.</summary>
    public required string SituationFollowUpWithoutReview { get; init; }
    /// <summary>A dated review too old to count (its year, its month when stated (1–12), the year it is now): the Pedoman counts a review valid for less than two years.</summary>
    public required Func<int, int?, int, string> SituationReviewTooOld { get; init; }
    public required string SituationAssessorNote { get; init; }
    public required IReadOnlyDictionary<Element, string> ElementNames { get; init; }
    public required Func<int, int?, string> MoveUpTitle { get; init; }
    public required Func<int, string> MoveUpAdds { get; init; }
    public required Func<string, string> AlternativeButton { get; init; }
    public required string PartIndexTitleDomains { get; init; }
    public required string PartIndexTitleAspects { get; init; }
    public required Func<string, string> PartIndexMissing { get; init; }
    public required string PartIndexFormulaDomains { get; init; }
    public required string PartIndexFormulaAspects { get; init; }
    /// <summary>Texts about frameworks (Pemdi/SPBE) in the same language.</summary>
    public required FrameworkTexts Framework { get; init; }

    public static readonly CriteriaTexts Id = new()
    {
        Indicator = "Indikator",
        Weight = "bobot",
        LevelCriterion = "Kriteria level",
        Fulfilment = "Kriteria pemenuhan",
        Evidence = "Bukti dukung yang perlu disiapkan",
        EvidenceExamples = "Contoh bukti dukung",
        Description = "Deskripsi",
        AssessmentRules = "Ketentuan penilaian",
        LevelsOverview = "Kriteria per level",
        PrerequisiteNote = n => n == 2 ? "Catatan: level 2 mensyaratkan level 1 sudah terpenuhi." : $"Catatan: level {n} mensyaratkan level 1–{n - 1} sudah terpenuhi.",
        FrequencyStated = (level, indicator) => $"kriteria pemenuhan level {level} indikator {indicator}",
        Source = "Sumber",
        FulfilmentOnRequest = "Kriteria pemenuhan lengkap dikirim terpisah — tekan \"Selengkapnya\".",
        MoreButton = "Selengkapnya",
        EvidenceButton = "Bukti dukung",
        PlanButton = "Rencana aksi indikator ini",
        CompareTitle = (a, b) => $"Perbedaan level {a} dan level {b}",
        CompareNewAtHigher = (a, b) => $"Yang ditambahkan di level {b} (setelah level {a} terpenuhi)",
        CompareSkipsLevels = (a, b, between) => between == 1
            ? $"Catatan: dari level {a} ke level {b}, level {a + 1} juga harus terpenuhi."
            : $"Catatan: dari level {a} ke level {b}, level {a + 1}–{b - 1} juga harus terpenuhi.",
        EvidenceNotInCatalog = "Katalog edisi ini tidak memuat kriteria bukti dukung untuk level tersebut.",
        LevelMissingInCatalog = "Katalog edisi ini tidak memuat teks untuk level tersebut.",
        ChooseLevel = "Pilih level untuk melihat kriteria dan bukti dukungnya.",
        AmbiguousIntro = "Topik itu ada di beberapa indikator. Yang Bapak/Ibu maksud yang mana?",
        UnknownIndicator = n => $"Mohon maaf, indikator {n} tidak ada. Evaluasi SPBE memiliki indikator nomor 1–47.",
        LevelOutOfRange = n => $"Mohon maaf, level {n} tidak ada. Tingkat kematangan SPBE hanya level 1 sampai 5.",
        MissingIndicator = "Mohon sebutkan indikatornya, misalnya \"level 4 indikator 32\" atau \"bukti dukung arsitektur SPBE level 3\".",
        OffTopic = "Mohon maaf, saya belum menemukan jawabannya di kriteria SPBE. Saya menjawab pertanyaan tentang indikator, level, bukti dukung, bobot, dan indeks SPBE.",
        OtherScript = "Mohon maaf, pesan Bapak/Ibu memuat huruf selain huruf Latin (mis. Kiril, Arab, atau Tionghoa), yang tidak dapat saya baca. Mohon tulis pertanyaannya dalam bahasa Indonesia atau Inggris dengan huruf Latin.",
        Empty = "Silakan tulis pertanyaan Bapak/Ibu tentang kriteria SPBE.",
        TooLong = max => $"Mohon maaf, pertanyaannya terlalu panjang (maksimal {max} karakter). Mohon diringkas, misalnya \"apa yang dibutuhkan untuk level 4 indikator 32?\".",
        MaybeYouMeant = "Mungkin yang Bapak/Ibu maksud:",
        Examples = "Contoh pertanyaan:\n• apa yang dibutuhkan untuk level 4 indikator 32?\n• bukti dukung manajemen risiko level 3\n• beda level 3 dan 4 indikator 11\n• berapa bobot indikator 43?\n• indeks 3,28 predikatnya apa?",
        IndexValueOutOfRange = v => $"Mohon maaf, nilai indeks {v} di luar rentang. Indeks SPBE bernilai 0 sampai 5.",
        PredikatAnswer = (v, p) => $"Indeks SPBE {v} berpredikat {p}.",
        PredikatRangeAnswer = (side, v, p) => $"Indeks SPBE {side} {v} berpredikat {p}.",
        Below = "di bawah",
        Above = "di atas",
        Or = " atau ",
        PredikatBands = "Rentang predikat (PermenPANRB 59/2020, Tabel 13):",
        IncompleteLevels = "Untuk menghitung indeks, sebutkan level semua indikator, misalnya \"indeks kalau semua indikator level 3\" atau \"indikator 1 sampai 10 level 2, sisanya level 3\". Untuk daftar lengkap gunakan berkas: spbebot index levels.csv.",
        IndexTitle = "Perhitungan indeks SPBE",
        DomainIndex = "Indeks domain",
        AspectIndex = "Indeks aspek",
        WeightsTitle = "Bobot penilaian (PermenPANRB 59/2020)",
        Domain = "Domain",
        Aspect = "Aspek",
        WeightNotInCatalog = "Katalog edisi ini tidak memuat bobot.",
        LadderTitle = n => $"Arti level {n} secara umum",
        LadderProcess = "Domain kebijakan, tata kelola, dan manajemen (kapabilitas proses)",
        LadderService = "Domain layanan (kapabilitas layanan)",
        LadderAskIndicator = "Kriteria rinci berbeda per indikator — sebutkan indikatornya, misalnya \"level {0} indikator 32\".",
        IncompleteCatalog = "Catatan katalog",
        IncompleteCatalogShort = "katalog ini belum lengkap; sebagian isinya (mis. bobot, teks kriteria level) tidak tersedia di dokumen sumber.",
        WhatIfTitle = "Simulasi indeks SPBE: level saat ini dibanding target",
        WhatIfCurrent = "Saat ini",
        WhatIfTarget = "Bila semua target tercapai",
        WhatIfChange = "Perubahan",
        WhatIfRaised = n => $"{n} indikator naik level",
        SituationMeets = n => $"Dari uraian Bapak/Ibu, kondisi tersebut memenuhi kriteria level {n}:",
        SituationAtLeast = n => $"Dari uraian Bapak/Ibu, kondisi tersebut sekurang-kurangnya memenuhi kriteria level {n}:",
        SituationNextNeeds = n => $"Untuk level {n} masih diperlukan:",
        SituationAtMost = (n, above) => $"Dari uraian Bapak/Ibu, posisinya paling tinggi level {n}: yang disyaratkan level {above} belum ada.",
        SituationGap = n => $"Uraian Bapak/Ibu menyebut langkah level yang lebih tinggi, tetapi belum menyebut seluruh kriteria level {n}. Setiap level mensyaratkan level di bawahnya terpenuhi, jadi kriteria level {n} itulah yang menentukan.",
        SituationOtherwise = n => $"Bila kriteria itu belum terpenuhi, posisinya level {n}.",
        SituationPointsAt = n => $"Yang Bapak/Ibu uraikan adalah bagian dari kriteria level {n}; level itu juga mensyaratkan level di bawahnya terpenuhi.",
        SituationDeciding = n => $"Yang menentukan apakah sudah level {n} adalah kriteria berikut. Apakah kriteria ini sudah terpenuhi? Pilih level yang sesuai untuk melihat rinciannya.",
        SituationSilent = (names, n) => $"Uraian Bapak/Ibu belum menyebut bagian kriteria level {n} ini: {names}. Apakah itu sudah terpenuhi?",
        SituationDecidingAsked = n => $"Yang menentukan apakah sudah level {n} adalah kriteria berikut. Pilih level yang sesuai untuk melihat rinciannya.",
        SituationAssumed = (n, assumed) => $"Level {n} ini dengan anggapan kriteria {string.Join(" dan ", assumed.Select(a => $"level {a.Level} ({a.Names})"))} sudah terpenuhi, karena saya belum menemukannya dalam uraian Bapak/Ibu — apakah benar? Bila belum, posisinya paling tinggi level {assumed.Min(a => a.Level) - 1}.",
        SituationUndecided = "Uraian tersebut belum cukup untuk menentukan level. Kriteria per level:",
        SituationTopLevel = "Level 5 adalah level tertinggi; level ini dipertahankan dengan reviu dan tindak lanjut secara berkala.",
        SituationRead = (yes, no) => "Yang saya baca dari uraian: " + string.Join("; ", new[] { yes.Length > 0 ? "sudah — " + yes : null, no.Length > 0 ? "belum — " + no : null }.Where(x => x is not null)) + ".",
        SituationNothing = "Kondisi mana yang paling sesuai? Pilih levelnya untuk melihat kriteria dan bukti dukungnya.",
        SituationFollowUpWithoutReview = "Bapak/Ibu menyebut perbaikan/tindak lanjut, tetapi belum menyebut reviu atau evaluasi. Level 5 mensyaratkan perbaikan sebagai tindak lanjut hasil reviu dan evaluasi, jadi perbaikan itu belum saya hitung. Apakah reviu/evaluasinya sudah dilakukan dan terdokumentasi?",
        SituationReviewTooOld = (reviewed, month, now) => month is int m and >= 1 and <= 12
            ? $"Reviu terakhir yang Bapak/Ibu sebut ({Format.Culture(false).DateTimeFormat.GetMonthName(m)} {reviewed}) sudah lebih dari dua tahun pada akhir tahun {now}. Pedoman hanya menghitung reviu yang masih berlaku (kurang dari 2 tahun), jadi reviu itu belum saya hitung. Bila sudah ada reviu yang lebih baru, mohon sebutkan bulan dan tahunnya."
            : $"Reviu terakhir yang Bapak/Ibu sebut ({reviewed}) sudah lebih dari dua tahun sebelum {now}. Pedoman hanya menghitung reviu yang masih berlaku (kurang dari 2 tahun), jadi reviu itu belum saya hitung. Bila sudah ada reviu yang lebih baru, mohon sebutkan tahunnya.",
        SituationAssessorNote = "Catatan: ini perkiraan dari uraian Bapak/Ibu; nilai akhir ditentukan asesor berdasarkan bukti dukung.",
        ElementNames = new Dictionary<Element, string>
        {
            [Element.Draft] = "masih konsep/draf",
            [Element.Established] = "ditetapkan/tersedia",
            [Element.Planned] = "terencana",
            [Element.Guideline] = "mengacu pedoman/standar",
            [Element.Partial] = "sebagian",
            [Element.Complete] = "seluruh/lengkap",
            [Element.Consulted] = "dikonsultasikan",
            [Element.Integrated] = "terintegrasi/terhubung",
            [Element.Strategy] = "strategi yang ditetapkan",
            [Element.Reviewed] = "direviu/dievaluasi",
            [Element.FollowedUp] = "ditindaklanjuti/diperbaiki",
            [Element.External] = "auditor eksternal",
            [Element.Certified] = "auditor bersertifikat",
            [Element.Information] = "layanan informasi",
            [Element.Interaction] = "layanan interaksi",
            [Element.Transaction] = "layanan transaksi",
            [Element.Units] = "berlaku untuk seluruh unit kerja/perangkat daerah",
        },
        MoveUpTitle = (to, from) => from is int f ? $"Naik dari level {f} ke level {to}" : $"Naik ke level {to}",
        MoveUpAdds = n => $"Yang ditambahkan di level {n} — bukti dukung",
        AlternativeButton = name => $"Atau: {name}",
        PartIndexTitleDomains = "Perhitungan indeks SPBE dari nilai domain",
        PartIndexTitleAspects = "Perhitungan indeks SPBE dari nilai aspek",
        PartIndexMissing = names => $"Untuk menghitung indeks, mohon sebutkan juga nilai: {names}.",
        PartIndexFormulaDomains = "Indeks SPBE = Σ (indeks domain × bobot domain) / 100 (PermenPANRB 59/2020).",
        PartIndexFormulaAspects = "Indeks domain = Σ (indeks aspek × bobot aspek) / bobot domain; Indeks SPBE = Σ (indeks domain × bobot domain) / 100 (PermenPANRB 59/2020).",
        Framework = FrameworkTexts.Id,
    };

    public static readonly CriteriaTexts En = Id with
    {
        English = true,
        Indicator = "Indicator",
        Weight = "weight",
        LevelCriterion = "Level criterion",
        Fulfilment = "How it is fulfilled",
        Evidence = "Evidence to prepare",
        EvidenceExamples = "Examples of evidence",
        Description = "Description",
        AssessmentRules = "Assessment rules",
        LevelsOverview = "Criteria per level",
        PrerequisiteNote = n => n == 2 ? "Note: level 2 requires level 1 to be met." : $"Note: level {n} requires levels 1–{n - 1} to be met.",
        FrequencyStated = (level, indicator) => $"how level {level} of indicator {indicator} is fulfilled",
        Source = "Source",
        FulfilmentOnRequest = "The full fulfilment criteria follow separately — press \"More\".",
        MoreButton = "More",
        EvidenceButton = "Evidence",
        PlanButton = "Action plan for this indicator",
        CompareTitle = (a, b) => $"Difference between level {a} and level {b}",
        CompareNewAtHigher = (a, b) => $"What level {b} adds (once level {a} is met)",
        CompareSkipsLevels = (a, b, between) => between == 1
            ? $"Note: going from level {a} to level {b}, level {a + 1} must be met as well."
            : $"Note: going from level {a} to level {b}, levels {a + 1}–{b - 1} must be met as well.",
        EvidenceNotInCatalog = "This catalog edition has no evidence criteria for that level.",
        LevelMissingInCatalog = "This catalog edition has no text for that level.",
        ChooseLevel = "Choose a level to see its criteria and evidence.",
        AmbiguousIntro = "That topic belongs to several indicators. Which one do you mean?",
        UnknownIndicator = n => $"Sorry, there is no indicator {n}. The SPBE evaluation has indicators 1–47.",
        LevelOutOfRange = n => $"Sorry, there is no level {n}. SPBE maturity levels run from 1 to 5.",
        MissingIndicator = "Please name the indicator, e.g. \"level 4 indicator 32\" or \"evidence for SPBE architecture level 3\".",
        OffTopic = "Sorry, I could not find that in the SPBE criteria. I answer questions about indicators, levels, evidence, weights and the SPBE index.",
        OtherScript = "Sorry, your message has letters of another script than Latin (e.g. Cyrillic, Arabic or Chinese), which I cannot read. Please write the question in Indonesian or English in Latin letters.",
        Empty = "Please type your question about the SPBE criteria.",
        TooLong = max => $"Sorry, the question is too long (at most {max} characters). Please shorten it, e.g. \"what is required for level 4 of indicator 32?\".",
        MaybeYouMeant = "Perhaps you mean:",
        Examples = "Example questions:\n• what is required for level 4 of indicator 32?\n• evidence for risk management level 3\n• difference between level 3 and 4 of indicator 11\n• what is the weight of indicator 43?\n• which predikat is an index of 3.28?",
        IndexValueOutOfRange = v => $"Sorry, the index value {v} is out of range. The SPBE index runs from 0 to 5.",
        PredikatAnswer = (v, p) => $"An SPBE index of {v} has the predikat {p}.",
        PredikatRangeAnswer = (side, v, p) => $"An SPBE index {side} {v} has the predikat {p}.",
        Below = "below",
        Above = "above",
        Or = " or ",
        PredikatBands = "Predikat bands (PermenPANRB 59/2020, Table 13):",
        IncompleteLevels = "To compute the index, give a level for every indicator, e.g. \"index if all indicators are level 3\" or \"indicators 1 to 10 level 2, the rest level 3\". For a full list use a file: spbebot index levels.csv.",
        IndexTitle = "SPBE index calculation",
        DomainIndex = "Domain index",
        AspectIndex = "Aspect index",
        WeightsTitle = "Assessment weights (PermenPANRB 59/2020)",
        Domain = "Domain",
        Aspect = "Aspek",  // the regulation's own label (Tabel 8: "Aspek 7 Layanan Administrasi …"), with the aspect's Indonesian name
        WeightNotInCatalog = "This catalog edition has no weights.",
        LadderTitle = n => $"What level {n} means in general",
        LadderProcess = "Policy, governance and management domains (process capability)",
        LadderService = "Service domain (service capability)",
        LadderAskIndicator = "The detailed criteria differ per indicator — name one, e.g. \"level {0} indicator 32\".",
        IncompleteCatalog = "Catalog note",
        IncompleteCatalogShort = "this catalog is incomplete; some of its content (e.g. weights, level criteria texts) is not in the source documents.",
        WhatIfTitle = "SPBE index what-if: current levels against targets",
        WhatIfCurrent = "Now",
        WhatIfTarget = "If every target is met",
        WhatIfChange = "Change",
        WhatIfRaised = n => $"{n} indicators go up",
        SituationMeets = n => $"From your description, the situation meets the criterion of level {n}:",
        SituationAtLeast = n => $"From your description, the situation meets at least the criterion of level {n}:",
        SituationNextNeeds = n => $"Level {n} still needs:",
        SituationAtMost = (n, above) => $"From your description, the situation is at most level {n}: what level {above} requires is not there yet.",
        SituationGap = n => $"Your description names a step of a higher level but not every criterion of level {n}. Each level requires the levels below it to be met, so the level {n} criterion is the one that decides.",
        SituationOtherwise = n => $"If that criterion is not met yet, the situation is level {n}.",
        SituationPointsAt = n => $"What you describe is part of the level {n} criterion; that level also requires the levels below it to be met.",
        SituationDeciding = n => $"Whether it is level {n} depends on the criterion below. Is it met? Choose the level that fits to see its details.",
        SituationSilent = (names, n) => $"Your description does not mention this part of the level {n} criterion: {names}. Is it met?",
        SituationDecidingAsked = n => $"Whether it is level {n} depends on the criterion below. Choose the level that fits to see its details.",
        SituationAssumed = (n, assumed) => $"Level {n} assumes that the criterion of {string.Join(" and ", assumed.Select(a => $"level {a.Level} ({a.Names})"))} is met, since I could not find it in your description — is that right? If not, the situation is at most level {assumed.Min(a => a.Level) - 1}.",
        SituationUndecided = "The description is not enough to tell the level. The criteria per level:",
        SituationTopLevel = "Level 5 is the highest; it is kept by reviewing and following up regularly.",
        SituationRead = (yes, no) => "What I read in the description: " + string.Join("; ", new[] { yes.Length > 0 ? "done — " + yes : null, no.Length > 0 ? "not yet — " + no : null }.Where(x => x is not null)) + ".",
        SituationNothing = "Which situation fits best? Choose its level to see the criteria and evidence.",
        SituationFollowUpWithoutReview = "You mention an improvement or follow-up, but no review or evaluation. Level 5 requires improvements that follow up the results of a review and evaluation, so I have not counted it. Has the review/evaluation been held and documented?",
        SituationReviewTooOld = (reviewed, month, now) => month is int m and >= 1 and <= 12
            ? $"The last review you mention ({Format.Culture(true).DateTimeFormat.GetMonthName(m)} {reviewed}) is more than two years old by the end of {now}. The Pedoman counts only a review that is still valid (less than 2 years old), so I have not counted it. If there is a more recent review, please tell me its month and year."
            : $"The last review you mention ({reviewed}) is more than two years before {now}. The Pedoman counts only a review that is still valid (less than 2 years old), so I have not counted it. If there is a more recent review, please tell me its year.",
        SituationAssessorNote = "Note: this is an estimate from your description; the assessors decide the final level from the evidence.",
        ElementNames = new Dictionary<Element, string>
        {
            [Element.Draft] = "still a draft",
            [Element.Established] = "established/available",
            [Element.Planned] = "planned",
            [Element.Guideline] = "following a guideline/standard",
            [Element.Partial] = "partly",
            [Element.Complete] = "complete/all",
            [Element.Consulted] = "consulted",
            [Element.Integrated] = "integrated/connected",
            [Element.Strategy] = "an established strategy",
            [Element.Reviewed] = "reviewed/evaluated",
            [Element.FollowedUp] = "followed up/improved",
            [Element.External] = "external auditor",
            [Element.Certified] = "certified auditor",
            [Element.Information] = "information service",
            [Element.Interaction] = "interaction service",
            [Element.Transaction] = "transaction service",
            [Element.Units] = "applies to every work unit/OPD",
        },
        MoveUpTitle = (to, from) => from is int f ? $"Moving up from level {f} to level {to}" : $"Moving up to level {to}",
        MoveUpAdds = n => $"What level {n} adds — evidence",
        AlternativeButton = name => $"Or: {name}",
        PartIndexTitleDomains = "SPBE index from domain values",
        PartIndexTitleAspects = "SPBE index from aspect values",
        PartIndexMissing = names => $"To compute the index, please also give the value of: {names}.",
        PartIndexFormulaDomains = "SPBE index = Σ (domain index × domain weight) / 100 (PermenPANRB 59/2020).",
        PartIndexFormulaAspects = "Domain index = Σ (aspect index × aspect weight) / domain weight; SPBE index = Σ (domain index × domain weight) / 100 (PermenPANRB 59/2020).",
        Framework = FrameworkTexts.En,
    };
}
