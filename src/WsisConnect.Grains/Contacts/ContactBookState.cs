using WsisConnect.Contracts.Networking;

namespace WsisConnect.Grains.Contacts;

/// <summary>Stored state of <see cref="ContactBookGrain"/>: one person's book, a few hundred entries at most.</summary>
[GenerateSerializer, Alias("wsis.ContactBookState")]
public sealed class ContactBookState
{
    [Id(0)] public Dictionary<string, Contact> Contacts { get; set; } = [];
    [Id(1)] public Dictionary<string, ContactRequest> Incoming { get; set; } = [];
    [Id(2)] public Dictionary<string, ContactRequest> Outgoing { get; set; } = [];
    [Id(3)] public HashSet<string> Blocked { get; set; } = [];
    /// <summary>When requests were sent, for the hourly limit.</summary>
    [Id(4)] public List<DateTimeOffset> RequestsSent { get; set; } = [];
}
