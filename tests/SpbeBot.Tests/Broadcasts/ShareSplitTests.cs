using Microsoft.Extensions.Time.Testing;
using SpbeBot.Core.Messaging;

namespace SpbeBot.Tests.Broadcasts;

/// <summary>
/// Issue 17 (17v): two servers split the bot's 30 messages/s by demand, in whole messages a second: the quiet one keeps
/// what it uses plus half a message a second (at least one), the broadcasting one gets the rest, and a share grows only into room the
/// other gave up and published a window earlier. A broadcast next to a server answering questions, with the reply
/// reserve as the host uses it, is simulated in ReserveAsHeadroomTests (wip-17a).
/// </summary>
public class ShareSplitTests
{
    [Theory]
    [InlineData(30, new int[0], 30)]          // alone: everything it wants
    [InlineData(30, new[] { 2 }, 28)]         // the broadcaster next to a server answering a question a second
    [InlineData(2, new[] { 30 }, 2)]          // and that server
    [InlineData(30, new[] { 30 }, 15)]        // two broadcasts: half each
    [InlineData(3, new[] { 2 }, 3)]           // both quiet: each its want, the rest unused
    [InlineData(30, new[] { 1, 30 }, 14)]     // three: the quiet one's 1, the others 14 and 15
    public void The_limit_is_filled_from_the_smallest_want_up(int want, int[] others, int expected) =>
        Assert.Equal(expected, ShareSplit.Target(30, want, others));

    [Fact]
    public void A_server_wants_what_it_used_plus_half_a_message_and_what_waits_and_nothing_when_idle()
    {
        var split = new ShareSplit(30, new FakeTimeProvider());   // the reserve closed (before its first beat; ReserveAsHeadroomTests for open)
        Assert.Equal(0, split.Want(0, 0));   // idle: its replies take the reserve (17z; it was at least 1)
        Assert.Equal(2, split.Want(1.0, 0));
        Assert.Equal(2, split.Want(1.4, 0));
        Assert.Equal(3, split.Want(1.6, 0));
        Assert.Equal(4, split.Want(1.0, 2));
        Assert.Equal(30, split.Want(28, 500));
    }
}
