namespace SpbeBot.Core.Evidence.Checking;

/// <summary>
/// The one list of the words by which a document names a policy, a regulation or a draft of one, on folded text. Used
/// by the level judge (a report's <see cref="Draft"/> words are a policy's concept, level 1) and by the topic rule that
/// makes a record naming none of <see cref="Any"/> under a policy indicator the practice's record: one list, so that a
/// record the level judge finds the concept in (a notulen of a Ranperbup's harmonisation, the Pedoman's level-1 evidence)
/// is never put off-topic as "naming no policy".
/// </summary>
static class PolicyWords
{
    /// <summary>A policy in the making: its draft and the work on it, in full and as a Pemda abbreviates a draft regulation.</summary>
    public const string Draft = @"\b(penyusunan|rancangan|konsep|draf|draft|pembahasan|harmonisasi"
        + @"|ranperbup|raperbup|ranperwal|raperwal|ranperwali|raperwali|ranperwako|raperwako|ranpergub|rapergub|ranperda|raperda|ranperkada|raperkada)\b";

    /// <summary>
    /// A policy or regulation named, as a Pemda writes it ("SK Bupati Nomor …", "Perwali", "Kepbup", an Instruksi or a
    /// Surat Edaran of the head of region), or its draft (<see cref="Draft"/>).
    /// </summary>
    public const string Any = @"\b(kebijakan|peraturan|keputusan|perbup|perwal|perwali|perwako|pergub|perkada|perda|regulasi|surat\s+edaran|sop"
        + @"|sk|kepbup|kepwal|kepwali|kepwako|kepgub|inbup|inwal|inwali|ingub"
        + @"|(?:se|instruksi)\s+(?:bupati|wali\s*kota|walikota|gubernur|sekretaris\s+daerah|sekda))\b|" + Draft;
}
