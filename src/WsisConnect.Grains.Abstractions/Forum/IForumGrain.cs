using Orleans.Concurrency;
using WsisConnect.Contracts.Forum;
using WsisConnect.Contracts.Identity;
using WsisConnect.Grains.Abstractions.Identity;

namespace WsisConnect.Grains.Abstractions.Forum;

/// <summary>Forum-wide settings and facts, keyed by <see cref="ForumKeys.Forum"/>.</summary>
public interface IForumGrain : IGrainWithStringKey
{
    /// <summary>The current settings.</summary>
    [ReadOnly]
    Task<ForumSettings> GetSettingsAsync();

    /// <summary>Replaces the settings; organisers only.</summary>
    Task<ForumSettings> UpdateSettingsAsync(Caller caller, ForumSettings settings);

    /// <summary>Whether anyone has been registered as an organiser; until then the forum waits for its setup.</summary>
    [ReadOnly]
    Task<bool> HasOrganiserAsync();

    /// <summary>Records that an organiser exists: setup is over, and setup codes stop working.</summary>
    Task MarkOrganiserAsync();

    /// <summary>Adds a one-time setup code (by its hash) printed by a node at start; at most a few are kept.</summary>
    Task AddSetupCodeAsync(string codeHash);

    /// <summary>
    /// Uses a setup code: true once for a valid code while no organiser exists; every setup code then stops working.
    /// True again for a retry of the operation that used it, with the same code, so that the setup can finish.
    /// </summary>
    Task<bool> UseSetupCodeAsync(string codeHash);

    /// <summary>The version of demo data loaded into this store, or null when none was.</summary>
    [ReadOnly]
    Task<string?> GetDemoVersionAsync();

    /// <summary>Records that demo data of <paramref name="version"/> is fully loaded.</summary>
    Task MarkDemoLoadedAsync(string version);
}
