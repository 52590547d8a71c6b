using Microsoft.Extensions.Time.Testing;
using SpbeBot.Core.Audit;
using SpbeBot.Core.People;
using SpbeBot.Tests.Infrastructure;

namespace SpbeBot.Tests.People;

[Trait("Kind", "Slow")]
public class InviteStoreTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    static readonly Actor Tester = Actor.System("test");

    [Fact]
    public async Task An_invite_works_once_and_creates_the_person_with_its_role_and_OPD()
    {
        var opd = await new OpdStore(db.Connections).EnsureAsync("Badan Kepegawaian dan Pengembangan SDM", "BKPSDM", [], Tester);
        var invites = new InviteStore(db.Connections);
        var invite = await invites.CreateAsync(PersonRole.Operator, opd.Id, Tester);
        Assert.Equal(InviteCode.Length, invite.Code.Length);
        Assert.Equal("BKPSDM", invite.OpdName);

        var joined = await invites.RedeemAsync(invite.Code.ToLowerInvariant(), "Siti", new ChatIdentity("telegram", "1001"));
        Assert.Equal(RedeemStatus.Joined, joined.Status);
        Assert.Equal(PersonRole.Operator, joined.Person!.Role);
        Assert.Equal(opd.Id, joined.Person.OpdId);
        var found = await new PersonStore(db.Connections).FindByChatAsync("telegram", "1001");
        Assert.Equal("Siti", found!.Name);
        Assert.Equal("BKPSDM", found.OpdName);

        var again = await invites.RedeemAsync(invite.Code, "Someone else", new ChatIdentity("telegram", "1002"));
        Assert.Equal(RedeemStatus.AlreadyUsed, again.Status);
        Assert.Null(await new PersonStore(db.Connections).FindByChatAsync("telegram", "1002"));
    }

    [Fact]
    public async Task An_expired_or_unknown_invite_changes_nothing()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 10, 8, 0, 0, TimeSpan.Zero));
        var invites = new InviteStore(db.Connections, clock);
        var invite = await invites.CreateAsync(PersonRole.Coordinator, null, Tester, TimeSpan.FromDays(2));
        clock.Advance(TimeSpan.FromDays(3));

        Assert.Equal(RedeemStatus.Expired, (await invites.RedeemAsync(invite.Code, "Late", new ChatIdentity("telegram", "2001"))).Status);
        Assert.Equal(RedeemStatus.NotFound, (await invites.RedeemAsync("NOPE-NOPE", "Guess", new ChatIdentity("telegram", "2002"))).Status);
        Assert.Null(await new PersonStore(db.Connections).FindByChatAsync("telegram", "2001"));
    }

    [Fact]
    public async Task A_chat_account_already_registered_cannot_join_again()
    {
        var invites = new InviteStore(db.Connections);
        var first = await invites.CreateAsync(PersonRole.Operator, null, Tester);
        var second = await invites.CreateAsync(PersonRole.Admin, null, Tester);
        await invites.RedeemAsync(first.Code, "Budi", new ChatIdentity("telegram", "3001"));

        var result = await invites.RedeemAsync(second.Code, "Budi again", new ChatIdentity("telegram", "3001"));
        Assert.Equal(RedeemStatus.IdentityTaken, result.Status);
        // The second code is still unused and works for someone else.
        Assert.Equal(RedeemStatus.Joined, (await invites.RedeemAsync(second.Code, "Dedi", new ChatIdentity("telegram", "3002"))).Status);
    }

    [Fact]
    public void Codes_are_random_and_use_the_unambiguous_alphabet()
    {
        var codes = Enumerable.Range(0, 1000).Select(_ => InviteCode.New()).ToList();
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.All(codes, c => Assert.DoesNotMatch("[01IO]", c));
    }
}
