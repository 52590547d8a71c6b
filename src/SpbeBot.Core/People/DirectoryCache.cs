using System.Runtime.CompilerServices;

namespace SpbeBot.Core.People;

/// <summary>
/// Who is behind a chat account, remembered per database (issue 17.5): a sender look-up costs one tiny statement — the
/// directory version (migration 0017: triggers on person, chat_identity and opd raise it on every change, by any
/// server or command) — instead of two queries joining person, opd and chat_identity. A changed version empties the
/// cache, so a new role, language, OPD, link or block counts from the next message on. Bounded: emptied when full.
/// </summary>
sealed class DirectoryCache
{
    const int MaxEntries = 50_000;
    static readonly ConditionalWeakTable<Storage.ConnectionFactory, DirectoryCache> ByDatabase = [];

    readonly Lock _gate = new();
    long _version = -1;
    readonly Dictionary<(string, string), (Person? Person, bool Blocked)> _senders = [];

    public static DirectoryCache For(Storage.ConnectionFactory db) => ByDatabase.GetValue(db, _ => new DirectoryCache());

    /// <summary>The cached sender at <paramref name="version"/>; a different version forgets everything first.</summary>
    public bool TryGet(long version, string channel, string externalId, out (Person? Person, bool Blocked) sender)
    {
        lock (_gate)
        {
            if (version != _version)
            {
                _senders.Clear();
                _version = version;
            }
            return _senders.TryGetValue((channel, externalId), out sender);
        }
    }

    public void Put(long version, string channel, string externalId, Person? person, bool blocked)
    {
        lock (_gate)
        {
            if (version != _version) return;   // read under an older version: not kept
            if (_senders.Count >= MaxEntries) _senders.Clear();
            _senders[(channel, externalId)] = (person, blocked);
        }
    }
}
