namespace WsisConnect.Contracts.Networking;

/// <summary>A message between two contacts; <paramref name="Sequence"/> numbers a conversation's messages from 1.</summary>
[Wire("wsis.DirectMessage")]
public sealed record DirectMessage(
    [property: WireMember(0)] string ConversationId,
    [property: WireMember(1)] long Sequence,
    [property: WireMember(2)] string FromId,
    [property: WireMember(3)] string ToId,
    [property: WireMember(4)] string Text,
    [property: WireMember(5)] DateTimeOffset SentAt);
