namespace SpbeBot.Core.Questions;

public sealed partial class QuestionParser
{
    static readonly HashSet<string> ShowWords =
        ["info", "informasi", "baca", "membaca", "dibaca", "lihat", "melihat", "dilihat", "liat", "tampil", "tampilkan", "menampilkan", "ditampilkan", "read", "see", "view", "shows", "displays", "lists"];

    /// <summary>
    /// In an account, "warga cuma bisa baca syarat izin di web", "baru info persyaratan di website": the requirements are
    /// what a service shows (its content), not a requirement asked — like a standard followed
    /// (<see cref="StandardFollowed"/>). A "syarat" up to two words after a word of showing or reading.
    /// </summary>
    static bool RequirementShown(List<string> tokens, int i) =>
        tokens[i] is "syarat" or "persyaratan" or "requirements" && Enumerable.Range(Math.Max(0, i - 2), Math.Min(2, i)).Any(k => ShowWords.Contains(tokens[k]));
}
