using SpbeBot.Core.People;
using SpbeBot.Core.Questions;

namespace SpbeBot.Tests.Questions;

/// <summary>
/// Issue 15 point 5 (wip-36ch): the assistant named as a thing ("asisten ini", "this assistant") with what it does or how it
/// is used asked of it is capabilities or help, however long the letter around it — the formal and introduced voices of
/// several authors' blind misses. A message addressed to the assistant that asks a process question, a level or gives a
/// number stays with the criteria. Phrasings written for these tests, not taken from any question set.
/// </summary>
public class ChatIntentsBotAskedTests
{
    static ChatIntent Rules(string text) => ChatIntents.Read(text, neighbours: ChatNeighbours.Empty, kind: InstansiKind.Kabupaten).Intent;

    [Theory]
    [InlineData("Dengan hormat, bersama ini kami mohon keterangan tentang layanan apa saja yang disediakan asisten ini bagi bagian perencanaan dalam menyiapkan penilaian mandiri.")]
    [InlineData("Saya sekretaris di Dinas Perhubungan dan baru bergabung dengan tim asesor. Sebelum itu saya ingin tahu fungsi apa yang dimiliki asisten ini, misalnya membuat ringkasan?")]
    [InlineData("Our team lead asked me to check this assistant before the review meeting. What can it actually help our office with during the evaluation?")]
    public void What_the_named_assistant_does_is_capabilities(string text) => Assert.Equal(ChatIntent.Capabilities, Rules(text));

    [Theory]
    [InlineData("Dengan hormat, perkenankan kami memohon penjelasan mengenai tata cara penggunaan asisten ini oleh para pelaksana entri data di lingkungan sekretariat.")]
    [InlineData("Saya baru ditugaskan di Inspektorat dan belum pernah membuka asisten ini. Bagaimana cara bertanya kepadanya agar jawabannya sesuai kebutuhan saya?")]
    [InlineData("I was just added to the evaluation team. How do I use this assistant, and is there a format for the questions I send?")]
    [InlineData("Saya pegawai baru di Dinas Koperasi dan belum pernah mencoba asisten ini. Tolong terangkan cara paling mudah memakai asisten ini untuk mencari kriteria.")]
    public void How_the_named_assistant_is_used_is_help(string text) => Assert.Equal(ChatIntent.Help, Rules(text));

    [Theory]
    [InlineData("Saudara asisten, bagaimana tata cara tim asesor internal memberikan nilai pada penilaian mandiri?")]
    [InlineData("Saudara asisten, kalau dokumen kami berupa draf perbup, masuk indikator mana?")]
    [InlineData("Asisten Deputi yang menyusun panduan penggunaan aplikasi evaluasi itu siapa namanya?")]
    [InlineData("Apakah asisten ini bisa menjelaskan fitur aplikasi layanan pengaduan kami untuk indikator 33?")]
    public void A_question_addressed_to_the_assistant_is_no_small_talk(string text) => Assert.Equal(ChatIntent.None, Rules(text));

    [Theory]
    [InlineData("Saya baru dimutasi dari Satpol PP ke Bagian Organisasi dan diminta ikut rapat tim. Terus terang saya belum tahu SPBE itu sebenarnya apa, mohon dijelaskan.")]
    [InlineData("Minggu depan saya mengisi acara di kecamatan, tetapi para peserta belum paham SPBE itu apa. Bisa dibantu penjelasan yang sederhana?")]
    [InlineData("Dengan hormat, mohon kiranya dapat diberikan pengertian Sistem Pemerintahan Berbasis Elektronik (SPBE) secara ringkas.")]
    [InlineData("My colleagues from the provincial office keep mentioning it, so could you tell me what SPBE means exactly?")]
    public void What_SPBE_is_asked_in_one_clause_of_a_longer_message(string text) => Assert.Equal(ChatIntent.WhatIsSpbe, Rules(text));

    [Theory]
    [InlineData("Saya sedang menyusun bahan rapat tim koordinasi untuk pimpinan minggu depan. Arsitektur SPBE itu apa dan siapa yang menetapkannya?")]
    [InlineData("Saya sedang menyusun bahan rapat tim koordinasi untuk pimpinan minggu depan. Domain SPBE itu apa saja?")]
    [InlineData("Saya sedang menyusun bahan paparan untuk pimpinan. SPBE itu apa sih definisinya menurut peraturan menteri?")]
    [InlineData("Saya sedang menyusun bahan paparan untuk pimpinan. Pengertian SPBE menurut Perpres 95 Tahun 2018 bagaimana?")]
    public void SPBE_asked_with_another_subject_or_source_stays_with_the_criteria(string text) => Assert.Equal(ChatIntent.None, Rules(text));

    // Review r36c findings 1, 4, 5 (m36ch): the assistant addressed, with what is asked about someone or something else — the
    // Tim Koordinasi, the evidence, the SDM, a portal, the writer's own filled answers, the assessors, the evaluation application.
    [Theory]
    [InlineData("asisten, fungsi apa saja yang harus dimiliki tim koordinasi SPBE?")]
    [InlineData("bot, apa saja yang bisa dijadikan bukti dukung untuk kebijakan internal arsitektur?")]
    [InlineData("bot, kemampuan apa saja yang dinilai dalam kompetensi SDM SPBE?")]
    [InlineData("Mohon asisten jelaskan fungsi apa saja domain layanan SPBE")]
    [InlineData("asisten, apa saja yang bisa membuat nilai indikator audit TIK turun")]
    [InlineData("This assistant: what does the evaluation require for the IT audit indicator?")]
    [InlineData("Assistant, what features must a government service portal have to be rated as integrated?")]
    [InlineData("Asisten, layanan apa saja yang sudah kami isi di penilaian mandiri tahun ini?")]
    [InlineData("Asisten, bagaimana cara bertanya ke asesor saat wawancara?")]
    [InlineData("asisten, tata cara penggunaan aplikasi evaluasi SPBE oleh asesor internal gimana")]
    public void What_is_asked_of_something_else_with_the_assistant_addressed_is_no_small_talk(string text) =>
        Assert.True(Rules(text) is not (ChatIntent.Capabilities or ChatIntent.Help), text);

    // Near misses: the assistant itself is what the phrase asks about, addressed the same way.
    [Theory]
    [InlineData("asisten, fungsi apa saja yang dimiliki asisten ini?", ChatIntent.Capabilities)]
    [InlineData("bot, apa saja yang bisa dikerjakan bot ini?", ChatIntent.Capabilities)]
    [InlineData("Mohon dijelaskan, bagaimana cara bertanya ke asisten ini supaya jawabannya tepat?", ChatIntent.Help)]
    public void What_the_assistant_itself_does_asked_with_it_addressed_stays_small_talk(string text, ChatIntent expected) => Assert.Equal(expected, Rules(text));

    // Review r36c findings 2 and 3 (m36ch): another question beside "apa itu SPBE", a definition asked of a named regulation
    // (no number: the source word alone decides).
    [Theory]
    [InlineData("Saya baru di Diskominfo. Apa itu SPBE? Terus siapa yang menilai kita")]
    [InlineData("Pengertian SPBE menurut perpres")]
    [InlineData("Pengertian SPBE menurut permen")]
    [InlineData("Saya sedang menyusun bahan paparan. Apa itu SPBE berdasarkan pedoman?")]
    public void What_SPBE_is_with_another_question_or_a_named_source_is_not_what_is_spbe(string text) => Assert.NotEqual(ChatIntent.WhatIsSpbe, Rules(text));

    // Near misses: the other clauses tell or request, they ask nothing.
    [Theory]
    [InlineData("Saya baru di Diskominfo. Apa itu SPBE? Mohon dijelaskan singkat saja.")]
    [InlineData("Saya baru di Diskominfo dan belum paham. Pengertian SPBE?")]
    public void What_SPBE_is_beside_clauses_that_ask_nothing_stays_what_is_spbe(string text) => Assert.Equal(ChatIntent.WhatIsSpbe, Rules(text));

    // wip-37ch: m36ch's rules were stricter than needed — the assistant told of in one sentence, then what it does or how it is
    // used asked in the next with its subject or object left out; "belum pernah memakai asisten ini" tells nothing done.
    [Theory]
    [InlineData("Saya Kepala Bidang, sedang menimbang apakah asisten ini layak dipakai seluruh staf bidang. Bisa dijelaskan fungsi apa saja yang tersedia, misalnya untuk membaca kriteria?", ChatIntent.Capabilities)]
    [InlineData("Kami di Bagian Umum belum pernah mencoba asisten ini, bisa dijelaskan bagaimana cara bertanya supaya cepat dapat jawaban?", ChatIntent.Help)]
    [InlineData("Saya pegawai honorer yang baru ditugasi mengumpulkan dokumen. Saya belum pernah membuka asisten ini. Tolong jelaskan langkah-langkah pakainya, misalnya harus mulai dari mana?", ChatIntent.Help)]
    public void A_phrase_with_its_subject_left_out_asks_it_of_the_assistant_told_of_before(string text, ChatIntent expected) => Assert.Equal(expected, Rules(text));

    // Near misses: the phrase has a subject or object of its own, or the writer tells what they have done.
    [Theory]
    [InlineData("Saya sudah memakai asisten ini. Layanan apa saja yang sudah kami isi di aplikasi evaluasi?")]
    [InlineData("Saya belum pernah memakai asisten ini. Fungsi apa saja yang tersedia di aplikasi SRIKANDI?")]
    [InlineData("Asisten ini jelas sekali. Bisa dijelaskan fungsi apa saja yang harus dimiliki unit pengelola TIK?")]
    [InlineData("Saya belum pernah pakai asisten ini. Bagaimana langkah-langkah memakai aplikasi e-Kinerja untuk indikator layanan?")]
    // r37b finding 2 (m37pc): "kepada", "sebelum" introduce the phrase's own object, not a goal clause.
    [InlineData("Asisten SPBE ini keren. Bisa dijelaskan cara bertanya kepada asesor eksternal?")]
    [InlineData("Asisten ini sangat membantu. Bagaimana cara bertanya sebelum interviu dimulai?")]
    [InlineData("Saya belum pernah pakai asisten ini. Bagaimana cara bertanya kepada pimpinan saat interviu?")]
    // A goal clause that names a party or term of the evaluation gives the phrase an object of its own.
    [InlineData("Asisten ini keren. Bisa dijelaskan cara bertanya supaya lancar saat interviu dengan asesor?")]
    public void A_phrase_with_a_subject_or_object_of_its_own_is_not_asked_of_the_assistant(string text) => Assert.Equal(ChatIntent.None, Rules(text));

    // Near misses of r37b finding 2: a goal clause ("supaya", "agar", "misalnya") that names no party of the evaluation still leaves
    // the phrase's object out — the assistant told of before.
    [Theory]
    [InlineData("Asisten SPBE ini keren. Bisa dijelaskan cara bertanya supaya jawabannya tepat?", ChatIntent.Help)]
    [InlineData("Saya belum pernah memakai asisten ini. Bisa dijelaskan fungsi apa saja yang tersedia, misalnya untuk membaca kriteria?", ChatIntent.Capabilities)]
    [InlineData("Saya belum pernah membuka asisten ini. Tolong jelaskan langkah-langkah pakainya, agar tidak salah?", ChatIntent.Help)]
    public void A_goal_clause_naming_no_party_of_the_evaluation_keeps_the_phrase_asked_of_the_assistant(string text, ChatIntent expected) => Assert.Equal(expected, Rules(text));

    // r37b finding 4 (m37pc): the abilities of a party of the evaluation named after a word of having ("pada", "dimiliki") are
    // that party's, not the assistant's — neither by the rules nor by the nearest labelled messages.
    [Theory]
    [InlineData("Kemampuan apa saja yang ada pada tim asesor internal?")]
    [InlineData("Asisten ini ok. Kemampuan apa saja yang harus dimiliki tim asesor internal?")]
    [InlineData("Fitur apa saja yang dimiliki tim koordinasi SPBE?")]
    public void Abilities_of_a_party_of_the_evaluation_are_not_the_assistants(string text)
    {
        Assert.Equal(ChatIntent.None, Rules(text));
        Assert.Equal(ChatIntent.None, ChatIntents.Read(text, kind: InstansiKind.Kabupaten).Intent);
    }

    // Near misses: the assistant after the word of having, or no word of having at all.
    [Theory]
    [InlineData("Kemampuan apa saja yang ada pada asisten ini?")]
    [InlineData("Mohon penjelasan fitur dan kemampuan yang tersedia pada asisten ini.")]
    [InlineData("Kemampuan asisten ini apa saja?")]
    public void Abilities_of_the_assistant_stay_capabilities(string text) =>
        Assert.Equal(ChatIntent.Capabilities, ChatIntents.Read(text, kind: InstansiKind.Kabupaten).Intent);
}
