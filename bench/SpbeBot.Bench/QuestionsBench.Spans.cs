using SpbeBot.Core.Questions;

namespace SpbeBot.Bench;

static partial class QuestionsBench
{
    /// <summary>
    /// --spans: the situation rows by how far the answer reaches past what the description states (the placed level
    /// minus the level it surely meets, <see cref="SituationReader.Placement.Lower"/>), and where the author's level falls:
    /// at the level surely met, between, at the placed level, above it — to see which guesses go two off.
    /// </summary>
    static void SituationSpans(List<(LabelledQuestion q, Understanding u)> rows)
    {
        var groups = rows.Where(r => r.q.IndicatorCorrect(r.u) && r.u.Situation is { Level: int })
            .GroupBy(r => (Span: r.u.Situation!.Lower is int lo ? r.u.Level!.Value - lo : 0, r.u.Situation!.Decided, r.u.Situation!.PointsAt, r.u.Situation!.Gap))
            .OrderBy(g => g.Key.Span).ThenBy(g => g.Key.Decided);
        foreach (var g in groups)
        {
            var d = g.Select(r => r.q.ExpectedLevel!.Value - r.u.Level!.Value).ToList();
            Console.WriteLine($"  span {g.Key.Span} decided {g.Key.Decided} points {g.Key.PointsAt} gap {g.Key.Gap}: {g.Count()} rows; author minus placed: " +
                string.Join(" ", d.GroupBy(x => x).OrderBy(x => x.Key).Select(x => $"{x.Key:+0;-0;0}:{x.Count()}")));
        }
    }
}
