using Orleans.Concurrency;
namespace WsisConnect.Contracts.Agenda;

/// <summary>The forum's agenda: the catalogue of every session, kept small enough to hand out whole (about 250 entries).</summary>
public interface IAgendaGrain : IGrainWithStringKey
{
    /// <summary>Every session, ordered by start time then room.</summary>
    [ReadOnly]
    Task<IReadOnlyList<SessionDetails>> GetSessionsAsync();

    /// <summary>Adds or replaces the listing of one session.</summary>
    Task UpsertAsync(SessionDetails details);

    /// <summary>Adds or replaces many listings in one write (the demo loader).</summary>
    Task UpsertManyAsync(IReadOnlyList<SessionDetails> sessions);
}
