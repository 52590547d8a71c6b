namespace SpbeBot.Core.Questions;

public sealed partial class SituationReader
{
    /// <summary>
    /// Service ladder: the description states interaction (level 2: pencarian, pengunggahan, pengunduhan) and denies the
    /// collaboration of level 4 ("belum terintegrasi JDIHN", "no API or integration"), but says nothing of the
    /// transaction (level 3). What is not said is not met: the placement is level 2, and level 3's criterion is asked —
    /// not level 3, the level below the one denied. (With the transaction stated and the review of level 5 denied, the
    /// level between, collaboration, is still taken as the likely reading: the authors describe it in words the reader
    /// does not always count.)
    /// </summary>
    static bool InteractionOnly(bool service, int low, int cap) => service && low == 2 && cap > low;
}
