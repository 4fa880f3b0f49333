using Orleans.Concurrency;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Polls;
using WsisConnect.Grains.Abstractions.Identity;

namespace WsisConnect.Grains.Abstractions.Polls;

/// <summary>
/// One poll, keyed by poll id: its definition, status and summed results. Votes do not pass through it: they go
/// to the voter's partition (<see cref="IPollPartitionGrain"/>), which reports its counts here.
/// </summary>
public interface IPollGrain : IGrainWithStringKey
{
    /// <summary>Creates the poll (called by the session's polls grain).</summary>
    Task<PollDetails> InitialiseAsync(PollDetails details);

    /// <summary>The poll, or null when there is none with this id.</summary>
    [AlwaysInterleave]
    Task<PollDetails?> GetDetailsAsync();

    /// <summary>The poll as <paramref name="caller"/> sees it.</summary>
    Task<PollView> GetAsync(Caller caller);

    /// <summary>Opens a draft poll for votes; moderators only.</summary>
    Task<PollDetails> OpenAsync(Caller caller);

    /// <summary>Closes an open poll; every partition stops taking votes before this returns. Moderators only.</summary>
    Task<PollDetails> CloseAsync(Caller caller);

    /// <summary>Shows results to everyone (the room screen) before the poll closes; moderators only.</summary>
    Task<PollDetails> ShowResultsAsync(Caller caller);

    /// <summary>Approves or dismisses an open-text answer; moderators only.</summary>
    Task<TextEntry> ModerateEntryAsync(Caller caller, string entryId, bool approve);

    /// <summary>The summed results, whoever may see them (the server decides).</summary>
    [AlwaysInterleave]
    Task<PollResults> GetResultsAsync();

    /// <summary>A partition's latest counts.</summary>
    [OneWay]
    Task ReportAsync(PollPartitionTally tally);
}
