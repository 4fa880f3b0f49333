namespace WsisConnect.Contracts.Networking;

/// <summary>Messages of a conversation, oldest first, and how many the caller has not read.</summary>
[Wire("wsis.MessagePage")]
public sealed record MessagePage(
    [property: WireMember(0)] DirectMessage[] Messages,
    [property: WireMember(1)] bool HasOlder,
    [property: WireMember(2)] long Unread);
