using System.Globalization;

namespace SpbeBot.Tests.Infrastructure;

/// <summary>
/// The test spreadsheets are typed as a person types them: ClosedXML 0.95's Value setter reads a string as a number or a
/// date in the current culture, as Excel reads what is typed in the user's locale ("Desember 2025" is a date in id-ID,
/// text elsewhere). They are typed in the invariant culture, the one the suite's fixtures were written for, so a
/// machine set to id_ID or tr_TR gets the same cells.
/// </summary>
static class TypedSheets
{
    public static T Invariant<T>(Func<T> write)
    {
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        try { return write(); }
        finally { CultureInfo.CurrentCulture = culture; }
    }

    public static void Invariant(Action write) => Invariant(() => { write(); return 0; });
}
