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

    /// <summary>The operation that used a setup code, if its client named one, and that code's hash: its retry may finish the setup.</summary>
    [Id(4)] public string? SetupOperation { get; set; }

    /// <summary>The hash of the setup code <see cref="SetupOperation"/> used.</summary>
    [Id(5)] public string? UsedSetupCodeHash { get; set; }
}
