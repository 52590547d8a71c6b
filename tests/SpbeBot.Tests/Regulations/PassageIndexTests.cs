using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using SpbeBot.Core.Questions;
using SpbeBot.Core.Regulations;
using SpbeBot.Dialogs.Criteria;

namespace SpbeBot.Tests.Regulations;

/// <summary>
/// The passage index scores with Lucene 4.8's BM25 without Lucene's IndexWriter (start-up cost): its scores must be the
/// ones a Lucene index of the same fields gives. Plus the vocabulary file and the rule that a number the question names
/// must be in the quoted passage. The questions are our own wording.
/// </summary>
public class PassageIndexTests
{
    [Theory]
    [InlineData("siapa yang menetapkan tim asesor internal?")]
    [InlineData("bukti dukung boleh lebih dari satu dokumen?")]
    [InlineData("what are the ethics principles for assessors?")]
    [InlineData("tahapan pelaksanaan evaluasi spbe apa saja")]
    public void Bm25_scores_equal_a_lucene_index_of_the_same_fields(string question)
    {
        var index = PassageIndex.Shipped;
        var lucene = LuceneScores(index.Passages, question);
        var hits = index.Search(question, 10);
        Assert.NotEmpty(hits);
        foreach (var hit in hits)
        {
            Assert.True(lucene.TryGetValue(hit.Index, out var expected), $"{hit.Passage.Id} is not a Lucene hit");
            // A tolerance, not rounding to 3 places: the two sum the same floats in another order, and 41.0845032 against
            // 41.0844994 rounds apart.
            Assert.Equal(expected, hit.Score, 0.001);
        }
        // The best BM25 candidate is Lucene's best too.
        var best = lucene.OrderByDescending(x => x.Value).ThenBy(x => x.Key).First();
        Assert.Contains(index.Search(question, 40), h => h.Index == best.Key);
    }

    static Dictionary<int, double> LuceneScores(IReadOnlyList<Passage> passages, string question)
    {
        using var light = PassageIndex.Create(stemDerivational: false);
        using var full = PassageIndex.Create(stemDerivational: true);
        using var analyzer = new PerFieldAnalyzerWrapper(light, new Dictionary<string, Analyzer> { ["headingd"] = full, ["textd"] = full });
        using var directory = new RAMDirectory();
        var similarity = new BM25Similarity(PassageIndex.K1, PassageIndex.B);
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer) { Similarity = similarity }))
        {
            for (var i = 0; i < passages.Count; i++)
            {
                var heading = PassageIndex.IndexedHeading(passages[i]);
                writer.AddDocument(new Document
                {
                    new StoredField("n", i),
                    new TextField("heading", heading, Field.Store.NO),
                    new TextField("text", passages[i].Text, Field.Store.NO),
                    new TextField("headingd", heading, Field.Store.NO),
                    new TextField("textd", passages[i].Text, Field.Store.NO),
                });
            }
            writer.Commit();
        }
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader) { Similarity = similarity };
        var normalized = PassageIndex.Normalized(question);
        var query = new BooleanQuery();
        foreach (var term in Analyze(full, normalized).Distinct())
        {
            query.Add(new TermQuery(new Term("textd", term)), Occur.SHOULD);
            query.Add(new TermQuery(new Term("headingd", term)) { Boost = PassageIndex.HeadingBoost }, Occur.SHOULD);
        }
        foreach (var term in Analyze(light, normalized).Distinct())
        {
            query.Add(new TermQuery(new Term("text", term)) { Boost = PassageIndex.LightBoost }, Occur.SHOULD);
            query.Add(new TermQuery(new Term("heading", term)) { Boost = PassageIndex.HeadingBoost * PassageIndex.LightBoost }, Occur.SHOULD);
        }
        return searcher.Search(query, passages.Count).ScoreDocs
            .ToDictionary(d => reader.Document(d.Doc).GetField("n").GetInt32Value()!.Value, d => (double)d.Score);
    }

    static List<string> Analyze(Analyzer analyzer, string text)
    {
        var result = new List<string>();
        using var stream = analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) result.Add(term.ToString());
        stream.End();
        return result;
    }

    [Fact]
    public void A_chunks_part_counter_is_no_word_of_its_heading_field()
    {
        var chunk = new Passage("pedoman-3-2024/III.B.5#3", "pedoman-3-2024", "Pedoman",
            ["BAB III", "B. Tata Cara dan Kaidah Penilaian Mandiri", "B.5. Penyampaian Penjelasan Tambahan (Opsional) (3/31)"], "Teks.");
        Assert.Equal("B. Tata Cara dan Kaidah Penilaian Mandiri B.5. Penyampaian Penjelasan Tambahan (Opsional)", PassageIndex.IndexedHeading(chunk));
        // The shipped chunks: no heading field holds the counter's numbers ("Latar Belakang (2/9)" → no "2", no "9").
        var shipped = PassageFile.Shipped.Passages.Single(p => p.Id == "pedoman-3-2024/I.A#2");
        Assert.EndsWith("(2/9)", shipped.Headings[^1], StringComparison.Ordinal);
        Assert.Equal("BAB I PENDAHULUAN A. Latar Belakang", PassageIndex.IndexedHeading(shipped));
    }

    [Fact]
    public void Every_passage_is_short_enough_to_read_in_a_chat()
    {
        var longest = PassageIndex.Shipped.Passages.MaxBy(p => p.Text.Length)!;
        Assert.True(longest.Text.Length <= 800, $"{longest.Id}: {longest.Text.Length} characters");
    }

    [Theory]
    [InlineData("indeks SPBE nasional tahun 2024 berapa?", new[] { "2024" })]
    [InlineData("maksimal anggota tim asesor internal berapa? kami 40an orang", new[] { "40" })]
    [InlineData("apa isi Pasal 4 PermenPANRB 59/2020?", new string[0])]
    [InlineData("menurut the 2024 guideline, asesor siapa?", new string[0])]
    [InlineData("asesor boleh terima oleh2? rata2 level 1 s.d. 5", new string[0])]
    public void Numbers_a_question_names_are_found_outside_the_regulations_own_numbering(string question, string[] expected) =>
        Assert.Equal(expected, ProcessRouting.Figures(TextNormalizer.Tokenize(question)));

    [Theory]
    [InlineData("indeks SPBE nasional tahun 2024 berapa?")]
    [InlineData("maksimal anggota tim asesor internal berapa orang? kami 40an")]
    public void A_number_the_passages_do_not_state_gets_no_quote(string question) =>
        Assert.NotEqual("process", CriteriaAnswerer.Answer(question).Process?.Kind);

    [Fact]
    public void The_vocabulary_file_is_read_by_section_and_a_malformed_line_is_refused()
    {
        var data = ProcessVocabulary.VocabularyData.Parse("# c\n[synonyms]\ndosen = akademisi\ndosen = pakar # two lines\n[fillers]\nsih dong\n[cues]\nasesor\n");
        Assert.Equal("akademisi pakar", data.Synonyms["dosen"]);
        Assert.Contains("dong", data.Fillers);
        Assert.Contains("asesor", data.Cues);
        Assert.Throws<InvalidDataException>(() => ProcessVocabulary.VocabularyData.Parse("[synonyms]\ndosen akademisi\n"));
        Assert.Throws<InvalidDataException>(() => ProcessVocabulary.VocabularyData.Parse("dosen = akademisi\n"));
        // The shipped file maps chat and English words onto the regulations' words.
        Assert.Contains("akademisi", ProcessVocabulary.Expand("dosen"));
        Assert.Empty(ProcessVocabulary.Expand("sih"));
    }
    [Theory]
    [InlineData("domains", "domain")]
    [InlineData("aspects", "aspek")]
    [InlineData("consolidation", "konsolidasi")]
    [InlineData("objectivity", "objektivitas")]
    [InlineData("approves", "persetujuan")]
    [InlineData("revoke", "dicabut")]
    [InlineData("visitation", "visitasi")]
    public void English_words_reach_the_texts_own_terms_through_inflections_cognates_and_the_glossary(string english, string term) =>
        Assert.Contains(term, ProcessVocabulary.Expand(english));

    [Theory]
    [InlineData("analisis")]
    [InlineData("tugas")]
    [InlineData("khusus")]
    public void Indonesian_words_ending_in_s_are_not_taken_for_english_plurals(string word) =>
        Assert.DoesNotContain(word[..^1], ProcessVocabulary.Expand(word));

    [Theory]
    [InlineData("Which regulation did PermenPANRB 59/2020 revoke?")]
    [InlineData("How many domains and aspects are in the maturity questions?")]
    [InlineData("TAI blh dtg ke OPD ga?")]
    public void Bilingual_and_chat_questions_have_no_word_the_texts_do_not_know(string question) =>
        Assert.Empty(PassageIndex.Shipped.UnknownWords(question));
}

/// <summary>
/// Existence and bound questions: a passage answers "is there a …" only when its own text names the thing, and "at most
/// how many" only when it states a bound. Our own wording.
/// </summary>
public class ExistenceAndBoundTests
{
    [Theory]
    [InlineData("ada template surat keputusan tim asesor ga?", true)]
    [InlineData("apakah ada laporan setelah evaluasi?", true)]
    [InlineData("is there a format for the explanation?", true)]
    [InlineData("ada berapa domain dalam spbe?", false)]
    [InlineData("siapa yang menetapkan tim asesor?", false)]
    public void An_existence_question_names_the_thing_asked_about(string question, bool asks)
    {
        Assert.Equal(asks, PassageIndex.Shipped.AskedExistence(question) is not null);
    }

    [Fact]
    public void A_passage_naming_the_thing_only_in_its_heading_does_not_say_it_exists()
    {
        var index = PassageIndex.Shipped;
        var forms = index.AskedExistence("ada kaidah penilaian ga?")!;
        var headingOnly = index.Search("kaidah penilaian mandiri asesor internal", 40)
            .First(h => PassageIndex.IndexedHeading(h.Passage).Contains("Kaidah", StringComparison.Ordinal) && !h.Passage.Text.Contains("aidah", StringComparison.OrdinalIgnoreCase));
        Assert.False(index.Holds(headingOnly, forms));
    }

    [Theory]
    [InlineData("how many members at most can the team have?", true)]
    [InlineData("at least how many documents per indicator?", true)]
    [InlineData("how many members does the team have?", false)]
    [InlineData("at most we have two weeks, what should we do first?", false)]
    public void At_most_and_at_least_ask_for_a_bound(string question, bool bound)
    {
        Assert.Equal(bound, PassageIndex.AsksBound(question));
    }

    /// <summary>
    /// wip-34ps: "is there a page limit …" asks whether a bound exists; a passage that only names the pages or the text
    /// bounded (BAB III.B's penjelasan templates, quoted for it once BB and BC joined the asked questions) does not say one does.
    /// </summary>
    [Theory]
    [InlineData("Is there a page limit for the explanation text per indicator?", true)]
    [InlineData("is there any maximum file size for evidence?", true)]
    [InlineData("ada batas maksimal jumlah halaman penjelasan?", true)]
    [InlineData("apakah ada batas minimal anggota tim asesor?", true)]
    [InlineData("is there a template for the explanation text?", false)]
    [InlineData("ada contoh penjelasan minimal level 3?", false)]
    [InlineData("penjelasan minimal memuat apa saja?", false)]
    public void A_bounds_existence_asked_asks_for_a_bound(string question, bool bound)
    {
        Assert.Equal(bound, PassageIndex.AsksBound(question));
    }

    [Theory]
    [InlineData("How many staff at most may sit on the internal assessor team?")]
    [InlineData("ada template SK penetapan tim asesor internal ga di permen 59?")]
    [InlineData("apakah ada format surat keputusan tim asesor di permenpan 59?")]
    // Who holds a post now: a decree of the asker's own government, which no regulation states ("sekarang" as "tahun ini").
    [InlineData("Apakah Sekda langsung menjabat ketua Tim Koordinasi SPBE di provinsi kami berdasarkan keputusan yang sekarang?")]
    public void Asked_of_a_passage_that_does_not_state_it_the_answer_is_not_found(string question)
    {
        var answer = CriteriaAnswerer.Answer(question);
        Assert.True(answer.Process is null || answer.Process.Kind == "process-not-found", answer.Process?.Id);
    }

    [Theory]
    [InlineData("berapa orang anggota tim yang perlu ditunjuk?", true)]
    [InlineData("How many people sit on the team?", true)]
    [InlineData("how many external assessors visit a kabupaten?", true)]
    [InlineData("brp jumlah anggota tim koordinasi?", true)]
    [InlineData("What must be planned first, e.g. how many assessors are needed?", false)]
    [InlineData("berapa lama masa berlaku hasil reviu?", false)]
    [InlineData("orang luar boleh jadi asesor?", false)]
    public void Berapa_orang_asks_a_count_of_people(string question, bool headcount)
    {
        Assert.Equal(headcount, PassageIndex.AsksHeadcount(question));
    }

    [Fact]
    public void An_appeal_is_a_word_the_texts_never_use_though_it_stems_like_compare()
    {
        var index = PassageIndex.Shipped;
        Assert.Contains("banding", index.UnknownWords("kalau nilai kami kurang, boleh ajukan banding?"));
        Assert.DoesNotContain("dibanding", index.UnknownWords("keluaran evaluasi apa saja dibanding pemantauan?"));
        var answer = CriteriaAnswerer.Answer("bisa banding ga kalau nilai hasil evaluasi kami rendah?");
        Assert.NotEqual("process", answer.Process?.Kind);
    }

    [Fact]
    public void A_new_thing_asked_when_is_the_thing_not_the_word_new()
    {
        var index = PassageIndex.Shipped;
        // "kapan" last: the fact is the opening noun; "baru" after it says which one and ends it.
        var fact = index.AskedFact("SK baru sesudah reviu itu mesti ditetapkan kapan?");
        Assert.Single(fact);
        Assert.Equal(2, index.AskedFact("tgl terakhir upload bukti dukung kapan?").Count);
    }

    [Fact]
    public void A_fact_word_the_stemmer_cuts_differently_in_the_passage_is_still_held_there()
    {
        // A bare "kelompok" stems to "lompok", the Lampiran's "dikelompokkan" to "kelompok": before, the passage stating the five
        // predikat groups was dropped by the fact filter and a lower one holding the bare word was quoted first.
        var answer = CriteriaAnswerer.Answer("nilai indeks SPBE dibagi jadi berapa kelompok predikat?").Process;
        Assert.Equal("process", answer?.Kind);
        Assert.Equal("permenpanrb-59-2020/lampiran/IV#2", answer!.Quoted[0].Id);
    }

    [Fact]
    public void The_english_spellings_horizontal_and_vertical_are_the_texts_horisontal_and_vertikal()
    {
        var index = PassageIndex.Shipped;
        Assert.Empty(index.UnknownWords("integrasi layanan secara horizontal atau vertical itu bagaimana?"));
        var answer = CriteriaAnswerer.Answer("integrasi layanan horizontal itu contohnya bagaimana?").Process;
        Assert.Contains(answer?.Quoted ?? [], p => p.Text.Contains("secara horisontal", StringComparison.Ordinal));
    }

    [Fact]
    public void Regional_function_words_are_no_words_the_texts_never_use_and_a_javanese_iku_is_no_IKU()
    {
        var index = PassageIndex.Shipped;
        // Papuan "kitong pu … sapa ka", Javanese "sopo", "nggih": who, we, particles — not the question's point.
        Assert.Empty(index.UnknownWords("kitong pu penilaian mandiri dikoordinasikan sapa ka?"));
        Assert.Empty(index.UnknownWords("Penilaian mandiri iku dikoordinasikan sopo, Mas?"));
        var papuan = CriteriaAnswerer.Answer("kitong pu penilaian mandiri dikoordinasikan sapa ka?").Process;
        Assert.Equal("permenpanrb-59-2020/pasal-4", papuan?.Quoted.FirstOrDefault()?.Id);
        // "iku" is "itu" in a Javanese question, IKU (Indikator Kinerja Utama, Pasal 1 angka 13) otherwise.
        var javanese = CriteriaAnswerer.Answer("Penilaian mandiri iku dikoordinasikan sopo, Mas?").Process;
        Assert.Equal("permenpanrb-59-2020/pasal-4", javanese?.Quoted.FirstOrDefault()?.Id);
        Assert.DoesNotContain(javanese!.Quoted, p => p.Id == "permenpanrb-59-2020/pasal-1.13");
        Assert.DoesNotContain("iku", ProcessVocabulary.Tokens("laporan iku dikirim nang sopo?"));
        Assert.Contains("iku", ProcessVocabulary.Tokens("IKU itu apa?"));
    }

    [Fact]
    public void Malay_function_words_a_nye_suffix_and_the_askers_own_unit_are_no_words_the_texts_never_use()
    {
        var index = PassageIndex.Shipped;
        // Riau/Pontianak Malay "siape", "ape je", "-nye"; Papuan "kwa"; the asker's unit ("BKD:", "sy dr Bappeda") and "Fwd:".
        Assert.Empty(index.UnknownWords("penilaian mandiri dikoordinasikan siape?"));
        Assert.Empty(index.UnknownWords("pemantauan tu aktivitasnye ape je?"));
        Assert.Empty(index.UnknownWords("indikatornya brapa kwa?"));
        Assert.Empty(index.UnknownWords("Fwd: BKD tanya, sy dr Bappeda: responden itu siapa?"));
        var malay = CriteriaAnswerer.Answer("penilaian mandiri tu dikoordinasikan siape?").Process;
        Assert.Equal("permenpanrb-59-2020/pasal-4", malay?.Quoted.FirstOrDefault()?.Id);
        // English "role", and "cinderamata" spelled otherwise than the mapped "cenderamata".
        Assert.Empty(index.UnknownWords("what is the role of the koordinator spbe?"));
        Assert.Empty(index.UnknownWords("bolehkah memberi cinderamata kepada asesor?"));
        // A unit outside the closed list stays a word the texts never use: it may be the question's point.
        Assert.NotEmpty(index.UnknownWords("apakah ukpbj masuk tim asesor internal?"));
    }

    [Fact]
    public void Maluku_address_an_english_contraction_and_the_askers_dinas_are_no_words_the_texts_never_use()
    {
        var index = PassageIndex.Shipped;
        // Maluku/Manado "kaka", "deng"; the "m" of "I'm"; the asker's Dinas written short.
        Assert.Empty(index.UnknownWords("kaka, responden deng asesor internal itu beda?"));
        Assert.Empty(index.UnknownWords("I'm from Disdik, who fills in the self assessment?"));
        // Chat spellings and English words of the texts' own words are read as those words.
        Assert.Empty(index.UnknownWords("bole upload bukti dukung pelengkap?"));
        Assert.Empty(index.UnknownWords("asesor diliat nyatet apa aja waktu wawancara?"));
        Assert.Empty(index.UnknownWords("what is the job of the weak aspect analysis in ict audit?"));
        var maluku = CriteriaAnswerer.Answer("kaka, penilaian mandiri tu dikoordinasikan siapa deng?").Process;
        Assert.Equal("permenpanrb-59-2020/pasal-4", maluku?.Quoted.FirstOrDefault()?.Id);
        // "tau" and a place name stay words the texts never use: they are the point of questions the texts do not answer.
        Assert.NotEmpty(index.UnknownWords("ko tau jadwal visitasi ke ternate kapan?"));
    }

    [Fact]
    public void A_count_of_people_answers_only_for_who_it_counts_and_orang_lain_is_no_count()
    {
        var index = PassageIndex.Shipped;
        var team = index.Search("struktur tim asesor internal pelaksana entri data", 20).First(h => h.Passage.Text.Contains("satu orang sebagai pelaksana entri data", StringComparison.Ordinal));
        Assert.True(index.StatesHeadcountOf(team, "pelaksana entri data cukup berapa orang?"));
        Assert.False(index.StatesHeadcountOf(team, "berapa orang asesor eksternal yang datang waktu wawancara?"));
        var secrecy = index.Search("kerahasiaan asesor", 20).First(h => h.Passage.Text.Contains("kepada orang lain", StringComparison.Ordinal));
        Assert.False(index.StatesHeadcountOf(secrecy, "berapa orang asesor yang boleh mengetahui informasi rahasia?"));
    }
}

/// <summary>"X itu siapa?" asks who the term is: the definition of X, not the passages that name X among other terms.</summary>
public class WhoIsDefinitionTests
{
    [Theory]
    [InlineData("penanggung jawab itu siapa?", true)]
    [InlineData("siapa itu asesor?", true)]
    [InlineData("tim asesor internal ditetapkan oleh pejabat yang mana itu siapa?", false)]
    [InlineData("siapa yang menyampaikan hasil evaluasi?", false)]
    public void A_short_who_is_question_asks_a_definition(string question, bool definition)
    {
        Assert.Equal(definition, PassageIndex.AsksFor(Core.Questions.TextNormalizer.Tokenize(question)).Definition);
    }

    [Fact]
    public void Who_is_an_assessor_quotes_the_definition_of_asesor()
    {
        var answer = CriteriaAnswerer.Answer("asesor itu siapa sih?");
        Assert.Equal("process", answer.Process?.Kind);
        Assert.StartsWith("Asesor adalah", answer.Process!.Quoted[0].Text.Split(". ", 2)[^1]);
    }

    [Theory]
    [InlineData("Bapak, apa arti Asesor pada Permen pemantauan dan evaluasi SPBE?", "permenpanrb-59-2020/pasal-1.4")]
    [InlineData("yang dimaksud dengan Evaluasi SPBE dalam Permen ini apa?", "permenpanrb-59-2020/pasal-1.3")]
    public void The_term_named_after_the_definition_word_is_the_one_defined_not_a_longer_term_of_the_context(string question, string definition)
    {
        var answer = CriteriaAnswerer.Answer(question);
        Assert.Equal("process", answer.Process?.Kind);
        Assert.Equal(definition, answer.Process!.Quoted[0].Id);
    }
}
