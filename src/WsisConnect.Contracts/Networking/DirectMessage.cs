namespace WsisConnect.Contracts.Networking;

/// <summary>A message between two contacts; <paramref name="Sequence"/> numbers a conversation's messages from 1.</summary>
[GenerateSerializer, Immutable, Alias("wsis.DirectMessage")]
public sealed record DirectMessage(
    [property: Id(0)] string ConversationId,
    [property: Id(1)] long Sequence,
    [property: Id(2)] string FromId,
    [property: Id(3)] string ToId,
    [property: Id(4)] string Text,
    [property: Id(5)] DateTimeOffset SentAt);
