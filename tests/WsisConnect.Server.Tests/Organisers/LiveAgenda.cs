using System.Collections.Concurrent;
using WsisConnect.Client.Http;
using WsisConnect.Client.Live;
using WsisConnect.Contracts.Agenda;

namespace WsisConnect.Server.Tests.Organisers;

/// <summary>
/// The agenda as an open agenda screen keeps it: loaded over HTTP, then changed by pushes by the rule of
/// <see cref="AgendaDelta"/> (apply when held at or after its previous version, ignore when at or after its
/// version, reload when a push was missed or says to).
/// </summary>
public sealed class LiveAgenda
{
    private readonly ForumApiClient _api;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ConcurrentDictionary<string, SessionDetails> _sessions = new(StringComparer.Ordinal);

    private LiveAgenda(ForumApiClient api) => _api = api;

    public long Version { get; private set; }

    public int Pushes { get; private set; }

    public int Reloads { get; private set; }

    public IReadOnlyDictionary<string, SessionDetails> Sessions => _sessions;

    public static async Task<LiveAgenda> OpenAsync(LiveConnection live, ForumApiClient api)
    {
        var agenda = new LiveAgenda(api);
        live.AgendaChanged += delta => _ = agenda.ApplyAsync(delta);
        var version = await live.WatchAgenda();
        await agenda.ReloadAsync();
        if (agenda.Version < version)
        {
            await agenda.ReloadAsync();
        }
        return agenda;
    }

    private async Task ApplyAsync(AgendaDelta delta)
    {
        await _gate.WaitAsync();
        try
        {
            Pushes++;
            if (delta.Version <= Version)
            {
                return;
            }
            if (delta.Reload || Version < delta.PreviousVersion)
            {
                await ReloadCoreAsync();
                return;
            }
            foreach (var session in delta.Sessions) _sessions[session.Id] = session;
            foreach (var id in delta.Removed) _sessions.TryRemove(id, out _);
            Version = delta.Version;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task ReloadAsync()
    {
        await _gate.WaitAsync();
        try
        {
            await ReloadCoreAsync();
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task ReloadCoreAsync()
    {
        var page = await _api.GetAgendaAsync();
        Reloads++;
        _sessions.Clear();
        foreach (var session in page.Sessions) _sessions[session.Id] = session;
        Version = page.Version;
    }
}
