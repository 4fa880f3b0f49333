using WsisConnect.Contracts.Networking;

namespace WsisConnect.Grains.Contacts;

/// <summary>Stored state of <see cref="ContactPairGrain"/>.</summary>
[GenerateSerializer, Alias("wsis.ContactPairState")]
public sealed class ContactPairState
{
    /// <summary>When the two became contacts, or null.</summary>
    [Id(0)] public DateTimeOffset? Since { get; set; }

    /// <summary>How they did.</summary>
    [Id(1)] public ContactSource Source { get; set; }
}
