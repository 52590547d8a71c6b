using SpbeBot.Core.Plans;
using SpbeBot.Dialogs.Broadcasts;
using SpbeBot.Dialogs.Common;
using SpbeBot.Dialogs.Conversation;
using SpbeBot.Dialogs.Conversation.Steps;
using SpbeBot.Dialogs.Evidence;
using SpbeBot.Dialogs.Plans;

namespace SpbeBot.Tests.Conversation;

/// <summary>The step codec and registry: every kind round-trips, old string steps are still read, a kind has one owner.</summary>
public class DialogStepTests
{
    static readonly StepDialogs Steps = new([new EvidenceUpload(), new Verification(), new ProgressUpdateDialog(), new BroadcastDialog()]);

    public static TheoryData<string> StepNames => ["filing", "reject", "progress", "typing", "ready"];

    static DialogStep Example(string name) => name switch
    {
        "filing" => new Filing("album-42", 32, 4, null, 7, null, false, "42"),
        "reject" => new RejectNoteStep(12),
        "progress" => new ProgressNoteStep(5, PlanStatus.Done),
        "typing" => new BroadcastTypingStep(),
        _ => new BroadcastReadyStep("role:operator", "Rapat | pleno {\"x\"}"),
    };

    [Theory]
    [MemberData(nameof(StepNames))]
    public void Every_step_round_trips_through_the_codec(string name)
    {
        var step = Example(name);
        var stored = Steps.Encode(step);
        Assert.StartsWith("{\"kind\":", stored);
        Assert.Equal(step, Steps.Decode(stored));
    }

    [Fact]
    public void Steps_stored_in_the_old_string_format_are_still_understood()
    {
        Assert.Equal(new Filing("abc", 32, null, null, 7, null, false, null), Steps.Decode("evidence:abc|32|-|-|7|-|-"));
        Assert.Equal(new Filing("album-9", 1, 2, 3, null, 0, true, "9"), Steps.Decode("evidence:album-9|1|2|3|-|0|9"));
        Assert.Equal(new RejectNoteStep(12), Steps.Decode("evidence-reject:12"));
        Assert.Equal(new ProgressNoteStep(5, PlanStatus.InProgress), Steps.Decode("progress-note:5:" + Core.Storage.DbEnum.ToText(PlanStatus.InProgress)));
        Assert.Equal(new BroadcastTypingStep(), Steps.Decode("broadcast-text"));
        Assert.Equal(new BroadcastReadyStep("all", "a|b"), Steps.Decode("broadcast-ready:all|a|b"));
    }

    [Theory]
    [InlineData("something-else")]
    [InlineData("evidence:broken")]
    [InlineData("{\"kind\":\"removed-kind\"}")]
    [InlineData("{not json")]
    public void A_step_nobody_understands_decodes_to_nothing(string stored) => Assert.Null(Steps.Decode(stored));

    [Fact]
    public void Two_dialogs_claiming_one_kind_fail_at_start_up()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new StepDialogs([new Verification(), new ClaimsRejectToo()]));
        Assert.Contains("evidence-reject", error.Message);
    }

    sealed class ClaimsRejectToo : IStepDialog
    {
        public IReadOnlyDictionary<string, Type> StepKinds { get; } = new Dictionary<string, Type> { ["evidence-reject"] = typeof(BroadcastTypingStep) };
        public Task<IReadOnlyList<Reply>>? ContinueAsync(Turn turn, DialogStep step) => null;
    }
}
