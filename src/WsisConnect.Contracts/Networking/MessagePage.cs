namespace WsisConnect.Contracts.Networking;

/// <summary>Messages of a conversation, oldest first, and how many the caller has not read.</summary>
[GenerateSerializer, Immutable, Alias("wsis.MessagePage")]
public sealed record MessagePage(
    [property: Id(0)] DirectMessage[] Messages,
    [property: Id(1)] bool HasOlder,
    [property: Id(2)] long Unread);
