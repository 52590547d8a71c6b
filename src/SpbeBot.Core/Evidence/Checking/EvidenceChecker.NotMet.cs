using System.Text.RegularExpressions;
using SpbeBot.Core.Criteria.Elements;

namespace SpbeBot.Core.Evidence.Checking;

/// <summary>
/// One reading of "not met" for every element kind, policy and practice alike (issue 22, wip-21ea): the sentence (or
/// table row) holding an element's words, read to its end, says it is only planned or proposed ("Rencana tindak lanjut
/// tahun 2027: …", "Ke depan, … akan dilaksanakan", "Diusulkan agar …") or not done ("Sampai saat ini … belum
/// dilaksanakan", "… masih dalam proses"). The Kriteria ask what is there ("telah …"), so such a mention meets nothing —
/// whatever the same words say elsewhere in the document, which is read on its own. A roadmap's programmes are plans by
/// nature: where the indicator asks for a plan (Peta Rencana), a plan sentence is its content; a follow-up plan, a
/// proposal and a denial still are not.
/// </summary>
public sealed partial class EvidenceChecker
{
    sealed partial class LevelJudge
    {
        /// <summary>
        /// The words that make a sentence a plan. wip-24ev added "ditargetkan" and a deadline for the work (<see cref="Deadline"/>):
        /// without them planned work lifted verdicts in evidence-probe. A target for a year is a plan as well (<see cref="UnmetTarget"/>),
        /// save in the plan itself for the evaluated year or before. Not "dijadwalkan": a report's "dijadwalkan dalam Rencana Audit TIK" is the plan
        /// it followed (sets 6 and 7, E22 and E23). Not "yang mengusulkan/merencanakan": a relative clause naming who
        /// proposes ("konsultasi dilaksanakan bagi 11 dari 38 Perangkat Daerah yang mengusulkan belanja TIK", set 27 V19),
        /// as "yang akan" names who a rule binds (<see cref="Will"/>).
        /// </summary>
        static readonly Regex PlanLead = new(
            @"\brencana\s+tindak\s+lanjut\b|\b(direncanakan|diusulkan|diagendakan|ditargetkan)\b|(?<!\byang\s)\b(merencanakan|mengusulkan)\b|\busul(?:an)?\s+(?:agar|untuk|supaya)\b"
            + @"|\bke\s+depan(?:nya)?\b|\b(tahun|periode)\s+(berikutnya|mendatang|depan)\b|" + Deadline,
            RegexOptions.CultureInvariant);

        /// <summary>
        /// A plan to change the document or its practice (a reviu's "Rencana tindak lanjut", a proposal): not a roadmap's
        /// programme, so it meets nothing even where plans are the indicator's content.
        /// </summary>
        static readonly Regex FollowUpOrProposal = new(
            @"\brencana\s+tindak\s+lanjut\b|\b(diusulkan|mengusulkan)\b|\busul(?:an)?\s+(?:agar|untuk|supaya)\b", RegexOptions.CultureInvariant);

        /// <summary>
        /// "akan": a record's plan. Not "yang akan" (who a rule binds: "Perangkat Daerah yang akan membangun aplikasi wajib
        /// berkonsultasi"), nor in a policy, whose future tense prescribes ("Layanan pusat data daerah akan diinterkoneksikan
        /// dengan Pusat Data Nasional sesuai ketentuan"): a rule's "akan" regulates what it names. A policy's plan is still
        /// "ke depan", "direncanakan", "tahun berikutnya"; a part it leaves to later ("akan disusun/diatur") is <see cref="ToCome"/>.
        /// </summary>
        static readonly Regex Will = new(@"(?<!\byang\s)\bakan\b(?!\s+datang)", RegexOptions.CultureInvariant);

        /// <summary>What a step or a thing is when it is there: the verbs a denial denies and a done statement states.</summary>
        const string ThereVerbs = "dilaksanakan|dilakukan|terlaksana|tersedia|ada|berjalan|diterapkan|disusun|dibangun|dimiliki|dibentuk";

        static readonly Regex NotDoneAfter = new(
            // "sedang dipersiapkan": being prepared is not there yet ("Layanan kolaborasi dengan layanan SPBE lain sedang
            // dipersiapkan", set 29 X35), as "sedang disusun" is not.
            @"\b(belum|blm)\b|\b(tidak|tdk)\s+(?:\w+\s+)?(" + ThereVerbs + @")\b"
            + @"|\bmasih\s+(?:dalam\s+)?(proses|tahap)\b|\bsedang\s+(disusun|dalam\s+proses|dikembangkan|dibangun|dirancang|dibahas|dipersiapkan|disiapkan)\b",
            RegexOptions.CultureInvariant);

        /// <summary>Before the element: "belum", "masih dalam proses", and (wip-24ev) "tidak ada …" — a flat denial of what follows.</summary>
        static readonly Regex NotDoneBefore = new(
            @"\b(belum|blm)\b|\b(tidak|tdk)\s+(ada|tersedia|dimiliki|memiliki)\b|\bmasih\s+(?:dalam\s+)?(proses|tahap)\b|\bsedang\s+(disusun|dalam\s+proses|dikembangkan|dibangun|dirancang|dibahas|dipersiapkan|disiapkan)\b",
            RegexOptions.CultureInvariant);

        /// <summary>"… telah dilaksanakan", "… yang diusulkan tahun lalu telah tersedia": the sentence says the step was carried out.</summary>
        static readonly Regex Done = new(@"\b(telah|sudah)\s+(?:\w+\s+)?(" + ThereVerbs + @"|diselesaikan|selesai|ditindaklanjuti)\b", RegexOptions.CultureInvariant);

        /// <summary>Words that turn a sentence to another subject: what follows them says nothing of what came before.</summary>
        static readonly Regex Turn = new(@"\b(sedangkan|namun|tetapi|kecuali|adapun|sementara\s+itu)\b", RegexOptions.CultureInvariant);

        /// <summary>The hit's sentence says the element is only planned, proposed or not done (see the type's summary).</summary>
        bool StatedNotMet(PageText.Hit hit)
        {
            var folded = page.Folded[hit.Page - 1];
            // A heading is read with its section by the section rules (a "RENCANA TINDAK LANJUT" heading, a before/after table).
            // A line that opens in lower case is no heading: it goes on with the sentence above it ("…; belum ada" /
            // "perbaikan berdasarkan hasil reviu.", set 22 Q29).
            if (WholeLine(folded, hit) && !OpensInLowerCase(hit)) return false;
            var (start, end) = Sentence(hit);
            var before = folded[start..hit.Index];
            var after = folded[Math.Min(end, hit.Index + hit.Length)..end];
            if (Turn.Matches(before).LastOrDefault() is { } turnBefore) before = before[(turnBefore.Index + turnBefore.Length)..];
            if (Turn.Match(after) is { Success: true } turnAfter) after = after[..turnAfter.Index];
            var sentence = before + " " + after;
            // Not "target … tahun 2028": an architecture's or a plan's targets are its content (set 2 E15). A step done
            // after it was planned or proposed is done ("… yang diusulkan tahun lalu telah tersedia di aplikasi").
            var later = LaterSchedule(sentence) ?? UnmetTarget(sentence, hit);
            var lead = PlanLead.Match(sentence) is { Success: true } plan ? plan : later
                ?? (isPolicy ? null : Will.Match(sentence) is { Success: true } will ? will : null);
            // A plan's programmes are its content, but an act set as a target for a later year ("Target tahun 2027:
            // dikonsultasikan kepada unit pengelola TIK", set 13 H19 in evidence-probe) is not done yet, in a plan too.
            // So is one due by a later year's deadline ("diselesaikan paling lambat Desember 2027"), and an improvement set
            // for a later year ("Target 2027: perbaikan … sebagai tindak lanjut hasil reviu", set 28 W18 in the probe, wip-33ev).
            var afterTheYear = later is not null && lead == later && AfterTheYear(later) || LaterDeadline.Matches(sentence).Any(AfterTheYear);
            if (PlanIsContent && lead is not null && !(afterTheYear && StatesAnAct(hit)))
                lead = FollowUpOrProposal.Match(sentence) is { Success: true } proposal ? proposal : null;
            if (lead is not null && !Done.Matches(sentence).Any(d => d.Index > lead.Index))
                return true;
            // A denial is its clause's: one after a ";" says nothing of the clause before ("Data cuti terintegrasi dengan
            // aplikasi e-Kinerja; belum terhubung dengan aplikasi lain …"), so the sentence ends there; nor one before a ";"
            // of the clause after. A plan lead opens its whole list ("Rencana tindak lanjut 2027: a; b; c").
            var semicolon = before.Length == 0 ? -1 : page.Pages[hit.Page - 1].LastIndexOf(';', hit.Index - 1, before.Length);
            var clauseBefore = semicolon < 0 ? before : folded[(semicolon + 1)..hit.Index];
            return NotDoneAfter.IsMatch(DenialReach(hit, after)) || NotDoneBefore.Matches(clauseBefore).Any(m => !ConditionalMismatch(clauseBefore, m));
        }

        /// <summary>
        /// How far a denial after the element reaches: not past a done verb nor a clause break ("Layanan kolaborasi … telah
        /// berjalan melalui API, sementara panduan penggunanya sedang disiapkan": the guide is being prepared, the collaboration
        /// runs; m33ev). <paramref name="after"/> is the folded text from the hit's end.
        /// </summary>
        string DenialReach(PageText.Hit hit, string after)
        {
            var cut = after.Length;
            if (Done.Match(after) is { Success: true } done) cut = done.Index;
            if (ClauseBreak.Match(after) is { Success: true } clause) cut = Math.Min(cut, clause.Index);
            var semicolon = page.Pages[hit.Page - 1].IndexOf(';', hit.Index + hit.Length, after.Length);
            if (semicolon >= 0) cut = Math.Min(cut, semicolon - hit.Index - hit.Length);
            return after[..cut];
        }

        /// <summary>A clause of its own follows ("…, sementara panduannya sedang disiapkan"); "sedangkan" is a <see cref="Turn"/> already.</summary>
        static readonly Regex ClauseBreak = new(@"\bsementara\b(?!\s+(?:waktu|ini)\b)", RegexOptions.CultureInvariant);

        /// <summary>
        /// A schedule for a year after the evaluated one ("Reviu layanan dijadwalkan tahun 2027", "Tindak lanjut rekomendasi
        /// dijadwalkan pada triwulan I tahun 2027") is a plan (set 22 Q29). One within the year or recurring ("dijadwalkan
        /// dalam Rencana Audit TIK", "dijadwalkan tiap tahun") is the plan a record followed (sets 6, 7, 13: E22, E23, H28),
        /// and a next one ("reviu berikutnya dijadwalkan 2027") follows what the sentence says was done.
        /// </summary>
        Match? LaterSchedule(string sentence) =>
            NextOne.IsMatch(sentence) || Done.IsMatch(sentence) ? null
            : Scheduled.Matches(sentence).FirstOrDefault(AfterTheYear);

        /// <summary>
        /// A target for a year ("Target tahun 2026: integrasi dengan SIPD") is a plan not yet met (wip-24ev) — except for the
        /// plan itself, where the target is for the evaluated year or before: a Peta Rencana's "program … dengan target 2026:
        /// 120 ASN" above a 2026 training report is the plan the work followed (set 25 T24). An architecture's "kondisi
        /// target" has no year.
        /// </summary>
        Match? UnmetTarget(string sentence, PageText.Hit hit) =>
            Targeted.Matches(sentence).FirstOrDefault(m => AfterTheYear(m)
                                                           || !PlanWord.IsMatch(page.Folded[hit.Page - 1].Substring(hit.Index, hit.Length)));

        /// <summary>A schedule's or target's year is after the evaluated one.</summary>
        bool AfterTheYear(Match scheduleOrTarget) => int.Parse(scheduleOrTarget.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture) > year;

        /// <summary>The hit is an act, an improvement or its reach ("dikonsultasikan …", "perbaikan …", "seluruh perangkat daerah"), no programme's name.</summary>
        bool StatesAnAct(PageText.Hit hit) => ActWords.IsMatch(page.Folded[hit.Page - 1].Substring(hit.Index, hit.Length));

        static readonly Regex ActWords = new(@"^(di[a-z]{3,}(?:kan|i)|berlaku|seluruh|semua|perbaikan|pemutakhiran|pembaruan|penyempurnaan)\b", RegexOptions.CultureInvariant);

        /// <summary>A deadline with its year: "paling lambat Desember 2027".</summary>
        static readonly Regex LaterDeadline = new(@"\bpaling\s+lambat\s+(?:\w+\s+){0,3}?(?<year>(?:19|20)\d{2})\b", RegexOptions.CultureInvariant);

        /// <summary>The words of a plan element's hit: "peta rencana", "rencana kerja", "program kerja", "jadwal pelaksanaan", "renja", "pkpt".</summary>
        static readonly Regex PlanWord = new(@"rencana|program|jadwal|renja|pkpt", RegexOptions.CultureInvariant);

        static readonly Regex Targeted = new(@"\btarget\s+(?:tahun\s+)?(?<year>(?:19|20)\d{2})\b", RegexOptions.CultureInvariant);

        static readonly Regex Scheduled = new(@"\b(" + DocumentWords.Scheduled + @"|terjadwal)\s+(?:\w+\s+){0,4}?(?<year>(?:19|20)\d{2})\b", RegexOptions.CultureInvariant);

        static readonly Regex NextOne = new(@"\b(berikutnya|selanjutnya)\b", RegexOptions.CultureInvariant);

        /// <summary>The hit's line opens with a lower-case word in the original text (the folded text has no case).</summary>
        bool OpensInLowerCase(PageText.Hit hit)
        {
            var text = page.Pages[hit.Page - 1];
            var i = text.LastIndexOf('\n', Math.Max(0, hit.Index - 1)) + 1;
            while (i < text.Length && text[i] is ' ' or '\t') i++;
            return i < text.Length && char.IsLower(text[i]);
        }

        /// <summary>The indicator asks for a plan (Peta Rencana, Keterpaduan Rencana dan Anggaran): its programmes are its content.</summary>
        bool PlanIsContent => PageText.Fold(indicator.Topic).Split(' ').Contains("rencana");

        /// <summary>
        /// The hit's sentence: a table row is its own line; otherwise back to a sentence's end, a blank line or a list item's
        /// start (at most 240 characters), and on to the sentence's end (at most 300).
        /// </summary>
        (int Start, int End) Sentence(PageText.Hit hit)
        {
            var text = page.Pages[hit.Page - 1];
            var lineStart = text.LastIndexOf('\n', Math.Max(0, hit.Index - 1)) + 1;
            var lineEnd = text.IndexOf('\n', hit.Index + hit.Length);
            if (lineEnd < 0) lineEnd = text.Length;
            if (TableRow.IsMatch(text[lineStart..lineEnd]))
            {
                // Its own cell onward: a gap of three spaces or a bar before the hit starts the cell ("Belum ada WAF   WAF aktif").
                var gap = ColumnGap.Matches(text[lineStart..hit.Index]).LastOrDefault();
                return (Math.Max(CellStart(hit, lineStart), gap is null ? lineStart : lineStart + gap.Index + gap.Length), lineEnd);
            }
            // A section's heading is its own sentence: it says nothing of what its body denies ("3.2 Arsitektur Data dan
            // Informasi" over "As-is: … 38% belum memiliki metadata", set 5 E17).
            if (SectionHeading(text[lineStart..lineEnd])) return (lineStart, lineEnd);
            var start = hit.Index;
            while (start > 0 && hit.Index - start < 240 && !SentenceStart(text, start)) start--;
            var end = hit.Index + hit.Length;
            while (end < text.Length && end - hit.Index < 300 && !SentenceEnd(text, end)) end++;
            return (start, end);
        }

        /// <summary>A table row as text keeps it: cells between bars, or columns set apart by three spaces or more (after the indent).</summary>
        static readonly Regex TableRow = new(@"\S[ \t]*\|[ \t]*\S|\S[ \t]{3,}\S", RegexOptions.CultureInvariant);

        static readonly Regex ColumnGap = new(@"[ \t]{3,}", RegexOptions.CultureInvariant);

        static bool SentenceStart(string text, int i) => text[i - 1] != ';' && ClauseStart(text, i) || text[i - 1] == '\n' && i >= 2 && text[i - 2] == ':';

        /// <summary>A sentence ends at its dot, at a ";" (see <see cref="StatedNotMet"/>), at a list item, blank line or
        /// section heading after it, or after a line ending in ":".</summary>
        static bool SentenceEnd(string text, int i) =>
            text[i] == '.' && SentenceDot(text, i) || text[i] == ';'
            || text[i] == '\n' && i + 1 < text.Length && (text[i - 1] == ':' || SentenceStart(text, i + 1) || SectionHeading(LineAt(text, i + 1)));

        /// <summary>
        /// A numbered section heading: "3.2 Arsitektur Data dan Informasi", "BAB 3  DOMAIN ARSITEKTUR", "B. Ruang Lingkup" —
        /// a short title in capitals or with every longer word capitalised, no sentence punctuation. A list item's sentence
        /// ("3. Layanan pusat data daerah akan …") is none.
        /// </summary>
        static bool SectionHeading(string line) =>
            SectionTitle.Match(line) is { Success: true } m
            && m.Groups["title"].Value.Split(' ', '\t').Where(w => w.Length >= 4 && char.IsLetter(w[0])).All(w => char.IsUpper(w[0]));

        static readonly Regex SectionTitle = new(
            @"^[ \t]*(?:BAB[ \t]+[IVX\d]+|\d{1,2}(?:\.\d{1,2})+\.?|\d{1,2}\.|[IVX]+\.|[A-H]\.)[ \t]+(?<title>[A-Z][^.,;:\n]{2,70})[ \t]*$",
            RegexOptions.CultureInvariant);

        /// <summary>The line that starts at <paramref name="i"/>.</summary>
        static string LineAt(string text, int i)
        {
            var end = text.IndexOf('\n', i);
            return text[i..(end < 0 ? text.Length : end)];
        }
    }
}
