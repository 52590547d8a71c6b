using System.Runtime.CompilerServices;

namespace SpbeBot.Core.People;

/// <summary>
/// Who is behind a chat account, remembered per database (issue 17.5): a sender look-up costs one tiny statement — the
/// directory version (migration 0019: triggers on person, chat_identity and opd raise it on every change, by any
/// server or command) — instead of two queries joining person, opd and chat_identity. A changed version empties the
/// cache, so a new role, language, OPD, link or block counts from the next message on. Bounded: emptied when full.
/// The instansi row and the OPD list (with aliases) are kept under the same version (migration
/// 0021_directory_instansi: instansi and opd_alias raise it too), so a message reads neither.
/// </summary>
sealed class DirectoryCache
{
    const int MaxEntries = 50_000;
    static readonly ConditionalWeakTable<Storage.ConnectionFactory, DirectoryCache> ByDatabase = [];

    readonly Lock _gate = new();
    long _version = -1;
    readonly Dictionary<(string, string), (Person? Person, bool Blocked)> _senders = [];
    (bool Known, Instansi? Row) _instansi;
    IReadOnlyList<Opd>? _opds;

    public static DirectoryCache For(Storage.ConnectionFactory db) => ByDatabase.GetValue(db, _ => new DirectoryCache());

    /// <summary>The cached sender at <paramref name="version"/>; a different version forgets everything first.</summary>
    public bool TryGet(long version, string channel, string externalId, out (Person? Person, bool Blocked) sender)
    {
        lock (_gate)
        {
            Moved(version);
            return _senders.TryGetValue((channel, externalId), out sender);
        }
    }

    /// <summary>A different version forgets everything (called under the lock).</summary>
    void Moved(long version)
    {
        if (version == _version) return;
        _senders.Clear();
        _instansi = default;
        _opds = null;
        _version = version;
    }

    public bool TryGetInstansi(long version, out Instansi? instansi)
    {
        lock (_gate)
        {
            Moved(version);
            instansi = _instansi.Row;
            return _instansi.Known;
        }
    }

    public void PutInstansi(long version, Instansi? instansi)
    {
        lock (_gate)
            if (version == _version) _instansi = (true, instansi);
    }

    public bool TryGetOpds(long version, out IReadOnlyList<Opd> opds)
    {
        lock (_gate)
        {
            Moved(version);
            opds = _opds ?? [];
            return _opds is not null;
        }
    }

    public void PutOpds(long version, IReadOnlyList<Opd> opds)
    {
        lock (_gate)
            if (version == _version) _opds = opds;
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
