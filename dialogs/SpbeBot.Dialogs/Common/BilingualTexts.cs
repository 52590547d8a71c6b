using System.Globalization;

namespace SpbeBot.Dialogs.Common;

/// <summary>What every texts class shares: Bahasa Indonesia or English, and the matching culture for numbers and dates.</summary>
public abstract class BilingualTexts(bool english)
{
    protected readonly bool _en = english;
    protected readonly CultureInfo _culture = CultureInfo.GetCultureInfo(english ? "en-GB" : "id-ID");

    protected string S(string id, string en) => _en ? en : id;
}
