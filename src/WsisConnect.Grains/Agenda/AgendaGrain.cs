using WsisConnect.Contracts.Agenda;

namespace WsisConnect.Grains.Agenda;

/// <summary>
/// The catalogue of sessions. About 250 entries change rarely and are read by every agenda screen, so the grain
/// keeps a sorted copy to hand out and rebuilds it only on change.
/// </summary>
public sealed class AgendaGrain(
    [PersistentState("agenda")] IPersistentState<AgendaState> state) : Grain, IAgendaGrain
{
    private IReadOnlyList<SessionDetails>? _sorted;

    public Task<IReadOnlyList<SessionDetails>> GetSessionsAsync()
    {
        _sorted ??= [.. state.State.Sessions.Values.OrderBy(s => s.Start).ThenBy(s => s.Room, StringComparer.Ordinal)];
        return Task.FromResult(_sorted);
    }

    public Task UpsertAsync(SessionDetails details) => UpsertManyAsync([details]);

    public async Task UpsertManyAsync(IReadOnlyList<SessionDetails> sessions)
    {
        foreach (var session in sessions)
        {
            state.State.Sessions[session.Id] = session;
        }
        _sorted = null;
        await state.WriteStateAsync();
    }
}
