using Orleans.Concurrency;
using WsisConnect.Contracts.Identity;

namespace WsisConnect.Contracts.Forum;

/// <summary>Forum-wide settings and facts, keyed by <see cref="ForumKeys.Forum"/>.</summary>
public interface IForumGrain : IGrainWithStringKey
{
    /// <summary>The current settings.</summary>
    [ReadOnly]
    Task<ForumSettings> GetSettingsAsync();

    /// <summary>Replaces the settings; organisers only.</summary>
    Task<ForumSettings> UpdateSettingsAsync(Caller caller, ForumSettings settings);

    /// <summary>The version of demo data loaded into this store, or null when none was.</summary>
    [ReadOnly]
    Task<string?> GetDemoVersionAsync();

    /// <summary>Records that demo data of <paramref name="version"/> is fully loaded.</summary>
    Task MarkDemoLoadedAsync(string version);
}
