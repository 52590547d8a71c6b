using SpbeBot.Core.People;
using SpbeBot.Core.Questions;
using SpbeBot.Dialogs.Common;

namespace SpbeBot.Dialogs.Conversation;

/// <summary>
/// Strangers: "/start &lt;code&gt;" redeems an invite; anything else gets the onboarding help and nothing more, so the
/// bot reveals no criteria answers, plans or names to someone nobody invited.
/// </summary>
static class Onboarding
{
    public static async Task<(IReadOnlyList<Reply> Replies, Person? Joined)> HandleStrangerAsync(
        IncomingMessage message, string? command, string args, ConversationServices s, CancellationToken ct)
    {
        var t = ConversationTexts.For(message.LanguageCode);
        // Small talk and own-data questions get a friendly answer and how to join; anything else only the onboarding help.
        // Own data ("indeks kita skrg brp?") is said to need an invite: nothing of the Pemda's is shown.
        if (command is null && ChatIntents.Read(args) is { Intent: not ChatIntent.None } talk) return (Turn.One(SmallTalk.ForStranger(talk, t.Language)), null);
        if (command != "/start" || args.Length == 0) return (Turn.One(t.OnboardingHelp), null);
        var name = string.IsNullOrWhiteSpace(message.UserDisplayName) ? message.UserId : message.UserDisplayName.Trim();
        var identity = new ChatIdentity(message.Channel, message.UserId);
        var result = await s.Invites.RedeemAsync(args, name, identity, t.Language, ct);
        return result.Status switch
        {
            RedeemStatus.Joined => ([], result.Person),
            RedeemStatus.AlreadyUsed => (Turn.One(t.InviteUsed), null),
            RedeemStatus.Expired => (Turn.One(t.InviteExpired), null),
            RedeemStatus.IdentityTaken => (Turn.One(t.IdentityTaken), null),
            RedeemStatus.TooManyGuesses => (Turn.One(t.TooManyInviteGuesses), null),
            _ => (Turn.One(t.InviteNotFound), null),
        };
    }
}
