namespace WsisConnect.Contracts.Questions;

/// <summary>
/// Changes to a session's queue, coalesced over a short window. Apply each item only when its revision is higher
/// than the one held; drop the ids in <paramref name="Removed"/> (questions no longer visible to this audience).
/// </summary>
/// <param name="Deleted">Questions their askers deleted: dropped by everyone, the asker included (unlike
/// <paramref name="Removed"/>, which the asker keeps for their own questions).</param>
[Wire("wsis.QueueDelta")]
public sealed record QueueDelta(
    [property: WireMember(0)] string SessionId,
    [property: WireMember(1)] long Version,
    [property: WireMember(2)] IReadOnlyList<QuestionView> Changed,
    [property: WireMember(3)] IReadOnlyList<int> Removed,
    [property: WireMember(4)] IReadOnlyList<int> Deleted);
