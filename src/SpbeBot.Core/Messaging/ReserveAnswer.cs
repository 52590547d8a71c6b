namespace SpbeBot.Core.Messaging;

/// <summary>
/// The answer to an ask for the reply reserve (SendShares.TakeReserveAsync): granted, or refused and free again in
/// <see cref="FreeIn"/> (zero when unknown: the pipeline then asks again after SendPipeline.ReserveAskAgain).
/// </summary>
public sealed record ReserveAnswer(bool IsGranted, TimeSpan FreeIn)
{
    public static readonly ReserveAnswer Granted = new(true, TimeSpan.Zero);

    public static ReserveAnswer Refused(TimeSpan freeIn) => new(false, freeIn < TimeSpan.Zero ? TimeSpan.Zero : freeIn);
}
