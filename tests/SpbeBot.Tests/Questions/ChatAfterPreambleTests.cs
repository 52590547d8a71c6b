using SpbeBot.Core.Questions;

namespace SpbeBot.Tests.Questions;

/// <summary>
/// Issue 15 points 4–5: small talk told after a preamble, own data asked formally or with the self-assessment named as
/// the figure's source, and the guards that keep criteria and process questions out. Rules alone (no neighbours).
/// Phrasings written for these tests, not taken from any set.
/// </summary>
public class ChatAfterPreambleTests
{
    static string Read(string text) => ChatIntents.Read(text, neighbours: ChatNeighbours.Empty).Label;

    [Theory]
    [InlineData("sy pegawai baru di dinas sosial, tiap rapat dibahas SPBE terus. sebenernya SPBE itu apa ya?", "what-is-spbe")]
    [InlineData("saya baru mutasi ke diskominfo, semua bicara SPBE. itu sebenarnya apa?", "what-is-spbe")]
    [InlineData("sy baru dapat akun hari ini, bingung harus mulai dari mana. ada panduannya?", "help")]
    [InlineData("rekan sy merekomendasikan bot ini. memang bisa bantu apa saja?", "capabilities")]
    [InlineData("sebelum dipakai tim kami, bot ini bisa bantu apa aja? bisa cek dokumen?", "capabilities")]
    [InlineData("Dengan hormat, mohon informasi fitur apa saja yang dapat dilayani oleh asisten ini.", "capabilities")]
    public void Small_talk_after_a_preamble_is_recognised(string text, string intent) => Assert.Equal(intent, Read(text));

    [Theory]
    [InlineData("syarat indikator 32 level 4 apa? SPBE itu apa sih")]
    [InlineData("bukti dukung indikator 12 level 3 apa saja. makasih")]
    [InlineData("sy ditunjuk jadi anggota tim asesor, tugasnya apa saja")]
    [InlineData("Kalau aplikasi evaluasi sedang gangguan, pakai apa?")]
    public void A_question_before_or_in_the_tail_keeps_it_from_small_talk(string text) => Assert.Equal("none", Read(text));

    [Theory]
    [InlineData("butuh angka indeks SPBE kita per hari ini dari hasil penilaian mandiri buat laporan", "index-now")]
    [InlineData("Dengan hormat, mohon proyeksi indeks SPBE apabila seluruh target yang telah ditetapkan tercapai.", "index-if-targets")]
    [InlineData("misal semua indikator naik sesuai target rencana aksi, indeks kita jadi berapa?", "index-if-targets")]
    [InlineData("indeks terkini kita + predikat ya, rapat jam 3", "index-now")]
    [InlineData("Mohon konfirmasi apakah bukti yang kami unggah sudah diverifikasi oleh tim asesor internal.", "upload-state")]
    [InlineData("tugas evaluasi SPBE kami harus beres kapan?", "my-deadlines")]
    public void Own_data_with_a_process_word_as_its_source_or_task_is_own_data(string text, string intent) => Assert.Equal(intent, Read(text));

    [Theory]
    [InlineData("hasil evaluasi nanti dikirim ke kita oleh siapa?")]
    [InlineData("bagaimana cara menghitung indeks kalau semua target tercapai?")]
    [InlineData("kalau semua indikator level 3, indeks kita berapa?")]
    public void Process_and_arithmetic_questions_stay_out(string text) => Assert.Equal("none", Read(text));
}
