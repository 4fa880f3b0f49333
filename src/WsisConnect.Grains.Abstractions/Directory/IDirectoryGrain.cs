using WsisConnect.Contracts.Networking;
using Orleans.Concurrency;

namespace WsisConnect.Grains.Abstractions.Directory;

/// <summary>
/// The people directory and its matchmaking, keyed by <c>ForumKeys.Forum</c>. Entries are compact and in
/// memory, so a search or a recommendation scans tens of thousands of people in milliseconds.
/// </summary>
public interface IDirectoryGrain : IGrainWithStringKey
{
    /// <summary>Listed people matching <paramref name="text"/> (name, organisation, country), up to <paramref name="take"/>.</summary>
    [ReadOnly]
    Task<DirectoryEntry[]> SearchAsync(string? text, int skip, int take);

    /// <summary>People <paramref name="attendeeId"/> should meet, best first, leaving out <paramref name="exclude"/> (contacts, blocked).</summary>
    [ReadOnly]
    Task<Suggestion[]> SuggestAsync(string attendeeId, string[] exclude, int take);

    /// <summary>A person's entry, or null when they are not listed.</summary>
    [ReadOnly]
    Task<DirectoryEntry?> GetAsync(string attendeeId);

    /// <summary>Adds or replaces an entry; null removes the person (they left the directory).</summary>
    Task SetAsync(string attendeeId, DirectoryEntry? entry);

    /// <summary>Adds or replaces many entries in one write (loaders and benchmarks).</summary>
    Task SetManyAsync(DirectoryEntry[] entries);

    /// <summary>Removes many people in one write (revoked by the registration list).</summary>
    Task RemoveManyAsync(string[] attendeeIds);

    /// <summary>Records a visible check-in, for "sessions in common".</summary>
    Task NoteCheckInAsync(string attendeeId, string sessionId);
}
