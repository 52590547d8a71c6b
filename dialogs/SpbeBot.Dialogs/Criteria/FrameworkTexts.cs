namespace SpbeBot.Dialogs.Criteria;

/// <summary>
/// Texts about which framework an answer comes from (SPBE or Pemdi): the provisional-status line, the revoked-regulation
/// line, the SPBE/Pemdi comparison, the external-index conversion and the honest "criteria not loaded" reply.
/// Bahasa Indonesia first, English second; one language per reply.
/// </summary>
public sealed record FrameworkTexts
{
    /// <summary>One line under every answer that relies on a provisional catalog.</summary>
    public required string Provisional { get; init; }
    /// <summary>Once per conversation while the instansi's framework is SPBE.</summary>
    public required string SpbeRevoked { get; init; }
    /// <summary>"Kerangka: Indeks Pemdi (pemdi-2026)".</summary>
    public required Func<string, string, string> AnsweredFrom { get; init; }
    /// <summary>Level criteria not loaded: indicator, level, level name (may be empty), framework.</summary>
    public required Func<int, int, string, string, string> CriteriaNotLoaded { get; init; }
    public required Func<string, string, string> UnknownIndicator { get; init; }
    public required Func<string, string, string, string, string> Conversion { get; init; }
    public required Func<string, string, string, string, string> ConversionOutOfRange { get; init; }
    public required string ConversionBands { get; init; }
    public required string NoConversion { get; init; }
    public required Func<string, string, string> PredikatAnswer { get; init; }
    /// <summary>The predikat of every value on one side of a bound: side ("di bawah"), bound, the band names.</summary>
    public required Func<string, string, string, string> PredikatRangeAnswer { get; init; }
    public required string PredikatBands { get; init; }
    public required string AspectsTitle { get; init; }
    public required string IndexTitle { get; init; }
    public required string WhatIfTitle { get; init; }
    public required string LevelNames { get; init; }
    /// <summary>/kerangka (coordinators): current framework and year, how to change them.</summary>
    public required Func<string, int, string, string> FrameworkCurrent { get; init; }
    public required Func<string, int, string> FrameworkSaved { get; init; }
    public required Func<string, string, string> FrameworkUnknown { get; init; }
    public required string FrameworkYearInvalid { get; init; }
    public required string FrameworkButton { get; init; }
    /// <summary>SPBE vs Pemdi: spbe indicators, spbe domains, pemdi indicators, pemdi aspects, spbe bands, pemdi bands.</summary>
    public required Func<int, int, int, int, string, string, string> Difference { get; init; }

    public static readonly FrameworkTexts Id = new()
    {
        Provisional = "ⓘ Data Pemdi bersifat sementara: dari sumber sekunder, belum dicocokkan dengan salinan resmi PermenPANRB 8/2026.",
        SpbeRevoked = "ⓘ Jawaban ini memakai kerangka SPBE (PermenPANRB 59/2020), yang dicabut untuk evaluasi mulai 2026 oleh PermenPANRB 8/2026 (Evaluasi Kinerja Pemerintah Digital).",
        AnsweredFrom = (index, fw) => $"Kerangka: {index} ({fw})",
        CriteriaNotLoaded = (n, level, name, fw) =>
            $"Mohon maaf, kriteria level {level}{(name.Length > 0 ? $" ({name})" : "")} untuk indikator {n} {fw} belum dimuat: teks resmi kriteria per level belum tersedia bagi SpbeBot, dan kami tidak mengarangnya.\n" +
            $"Koordinator dapat memuatnya dari salinan resmi: spbebot catalog template {fw} --out kriteria.xlsx, isi kriterianya, lalu spbebot catalog import kriteria.xlsx.",
        UnknownIndicator = (n, range) => $"Mohon maaf, indikator {n} tidak ada. Evaluasi Pemdi memiliki indikator nomor {range}.",
        Conversion = (source, value, n, result) => $"Nilai {source} {value} dikonversi menjadi nilai indikator {n} sebesar {result}.",
        ConversionOutOfRange = (source, value, min, max) => $"Mohon maaf, nilai {source} {value} di luar rentang. {source} bernilai {min} sampai {max}.",
        ConversionBands = "Rentang konversi (interpolasi linear di dalam tiap rentang):",
        NoConversion = "Mohon maaf, kerangka yang berlaku tidak memuat konversi indeks eksternal. Sebutkan \"pemdi\" bila yang dimaksud Indeks Pemdi, misalnya \"nilai SDI 68,75 pemdi jadi nilai indikator berapa\".",
        PredikatAnswer = (v, p) => $"Indeks Pemdi {v} berpredikat {p}.",
        PredikatRangeAnswer = (side, v, p) => $"Indeks Pemdi {side} {v} berpredikat {p}.",
        PredikatBands = "Rentang predikat Indeks Pemdi (batas rentang belum dicocokkan dengan teks resmi):",
        AspectsTitle = "Bobot aspek Indeks Pemdi",
        IndexTitle = "Perhitungan Indeks Pemdi",
        WhatIfTitle = "Simulasi Indeks Pemdi: nilai saat ini dibanding target",
        LevelNames = "Nama level",
        FrameworkCurrent = (fw, year, available) => $"Kerangka penilaian instansi: {fw}, tahun evaluasi {year}.\nUntuk mengubahnya ketik, misalnya, /kerangka pemdi-2026 2026 (pilihan: {available}).",
        FrameworkSaved = (fw, year) => $"Kerangka penilaian instansi sekarang {fw} untuk tahun evaluasi {year}. Pertanyaan, rencana aksi, dan ringkasan mengikuti kerangka ini.",
        FrameworkUnknown = (fw, available) => $"Mohon maaf, kerangka \"{fw}\" tidak dikenal. Pilihan: {available}. Contoh: /kerangka pemdi-2026 2026.",
        FrameworkYearInvalid = "Mohon maaf, tahun evaluasi harus antara 2018 dan 2100, misalnya /kerangka pemdi-2026 2026.",
        FrameworkButton = "Kerangka penilaian",
        Difference = (si, sd, pi, pa, sb, pb) =>
            "Perbedaan Indeks SPBE dan Indeks Pemdi:\n" +
            $"• Dasar: Indeks SPBE — PermenPANRB 59/2020 (evaluasi sampai 2025); Indeks Pemdi — PermenPANRB 8/2026 (evaluasi mulai 2026), yang mencabut PermenPANRB 59/2020.\n" +
            $"• Struktur: SPBE {si} indikator dalam {sd} domain dan aspek; Pemdi {pi} indikator dalam {pa} aspek, tanpa tingkat domain.\n" +
            "• Rumus: SPBE — indeks aspek → indeks domain → Indeks SPBE; Pemdi — indeks aspek → Indeks Pemdi = Σ (bobot aspek × indeks aspek) / 100.\n" +
            $"• Predikat SPBE: {sb}\n• Predikat Pemdi: {pb}\n" +
            "• Nama level Pemdi: Merintis, Membangun, Berkembang, Melembaga, Unggul; beberapa indikator Pemdi diisi dari indeks instansi lain (mis. indikator 5 dari Indeks SDI).",
    };

    public static readonly FrameworkTexts En = new()
    {
        Provisional = "ⓘ The Pemdi data is provisional: from secondary sources, not yet checked against the official text of PermenPANRB 8/2026.",
        SpbeRevoked = "ⓘ This answer uses the SPBE framework (PermenPANRB 59/2020), revoked for evaluations from 2026 by PermenPANRB 8/2026 (Digital Government performance evaluation).",
        AnsweredFrom = (index, fw) => $"Framework: {index} ({fw})",
        CriteriaNotLoaded = (n, level, name, fw) =>
            $"Sorry, the level {level}{(name.Length > 0 ? $" ({name})" : "")} criteria of indicator {n} in {fw} are not loaded: the official per-level criteria are not available to SpbeBot, and we do not make them up.\n" +
            $"A coordinator can load them from the official text: spbebot catalog template {fw} --out kriteria.xlsx, fill in the criteria, then spbebot catalog import kriteria.xlsx.",
        UnknownIndicator = (n, range) => $"Sorry, there is no indicator {n}. The Pemdi evaluation has indicators {range}.",
        Conversion = (source, value, n, result) => $"A {source} value of {value} converts to a value of {result} for indicator {n}.",
        ConversionOutOfRange = (source, value, min, max) => $"Sorry, the {source} value {value} is out of range. {source} runs from {min} to {max}.",
        ConversionBands = "Conversion bands (linear inside each band):",
        NoConversion = "Sorry, the framework in use has no external-index conversion. Say \"pemdi\" if you mean the Pemdi index, e.g. \"SDI 68.75 pemdi indicator value\".",
        PredikatAnswer = (v, p) => $"A Pemdi index of {v} has the predikat {p}.",
        PredikatRangeAnswer = (side, v, p) => $"A Pemdi index {side} {v} has the predikat {p}.",
        PredikatBands = "Pemdi index predikat bands (band boundaries not checked against the official text):",
        AspectsTitle = "Pemdi index aspect weights",
        IndexTitle = "Pemdi index calculation",
        WhatIfTitle = "Pemdi index what-if: current values against targets",
        LevelNames = "Level names",
        FrameworkCurrent = (fw, year, available) => $"The instansi's framework: {fw}, evaluation year {year}.\nTo change it type, for example, /kerangka pemdi-2026 2026 (choices: {available}).",
        FrameworkSaved = (fw, year) => $"The instansi's framework is now {fw} for evaluation year {year}. Questions, action plans and the digest follow it.",
        FrameworkUnknown = (fw, available) => $"Sorry, the framework \"{fw}\" is unknown. Choices: {available}. Example: /kerangka pemdi-2026 2026.",
        FrameworkYearInvalid = "Sorry, the evaluation year must be between 2018 and 2100, e.g. /kerangka pemdi-2026 2026.",
        FrameworkButton = "Framework",
        Difference = (si, sd, pi, pa, sb, pb) =>
            "How the SPBE index and the Pemdi index differ:\n" +
            "• Basis: SPBE index — PermenPANRB 59/2020 (evaluations up to 2025); Pemdi index — PermenPANRB 8/2026 (evaluations from 2026), which revokes PermenPANRB 59/2020.\n" +
            $"• Structure: SPBE has {si} indicators in {sd} domains and their aspects; Pemdi has {pi} indicators in {pa} aspects, with no domain level.\n" +
            "• Formula: SPBE — aspect index → domain index → SPBE index; Pemdi — aspect index → Pemdi index = Σ (aspect weight × aspect index) / 100.\n" +
            $"• SPBE predikat: {sb}\n• Pemdi predikat: {pb}\n" +
            "• Pemdi level names: Merintis, Membangun, Berkembang, Melembaga, Unggul (Initiate … Leading); some Pemdi indicators are fed by other agencies' indices (e.g. indicator 5 from the SDI index).",
    };
}
