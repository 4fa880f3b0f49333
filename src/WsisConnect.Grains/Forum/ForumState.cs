using WsisConnect.Contracts.Forum;

namespace WsisConnect.Grains.Forum;

/// <summary>Stored state of <see cref="ForumGrain"/>.</summary>
[GenerateSerializer, Alias("wsis.ForumState")]
public sealed class ForumState
{
    /// <summary>Self-registration is open until an organiser closes it.</summary>
    [Id(0)] public ForumSettings Settings { get; set; } = new(SelfRegistrationOpen: true);

    /// <summary>The demo data version loaded, or null.</summary>
    [Id(1)] public string? DemoVersion { get; set; }

    /// <summary>Whether an organiser has been registered (setup is over).</summary>
    [Id(2)] public bool HasOrganiser { get; set; }

    /// <summary>Hashes of the one-time setup codes nodes printed while no organiser existed.</summary>
    [Id(3)] public List<string> SetupCodeHashes { get; set; } = [];
}
