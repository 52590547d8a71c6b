using System.Text;

namespace SpbeBot.Core.Questions;

public sealed partial class QuestionParser
{
    /// <summary>
    /// Reads a chat question (see <see cref="Understanding"/>). "indeks SPBE кита 你好 brp?": words in Cyrillic, Arabic,
    /// CJK … are none the bot reads; when the rest is not understood either, the reply says so (write in Latin letters)
    /// rather than the plain "not found". What is understood is answered as before.
    /// </summary>
    /// <param name="evaluationYear">The instansi's evaluation year (configuration): a described review's age counts against it; null when none is set.</param>
    public Understanding Parse(string? question, int? evaluationYear = null)
    {
        var understanding = Read(question, evaluationYear);
        return understanding is { Kind: QuestionKind.NotFound, Reason: NotFoundReason.OffTopic } && HasOtherScript(question)
            ? understanding with { Reason = NotFoundReason.OtherScript }
            : understanding;
    }

    /// <summary>A letter outside the Latin blocks (Basic Latin to Latin Extended-B, Latin Extended Additional, full-width Latin).</summary>
    internal static bool HasOtherScript(string? text)
    {
        if (string.IsNullOrEmpty(text)) return false;
        foreach (var rune in text.EnumerateRunes())
            if (Rune.IsLetter(rune) && !IsLatin(rune.Value)) return true;
        return false;
    }

    static bool IsLatin(int c) => c < 0x250 || c is >= 0x1E00 and < 0x1F00 or >= 0xFF21 and <= 0xFF3A or >= 0xFF41 and <= 0xFF5A;
}
