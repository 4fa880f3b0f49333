namespace WsisConnect.Contracts.Questions;

/// <summary>
/// Changes to a session's queue, coalesced over a short window. Apply each item only when its revision is higher
/// than the one held; drop the ids in <paramref name="Removed"/> (questions no longer visible to this audience).
/// </summary>
[GenerateSerializer, Immutable, Alias("wsis.QueueDelta")]
public sealed record QueueDelta(
    [property: Id(0)] string SessionId,
    [property: Id(1)] long Version,
    [property: Id(2)] IReadOnlyList<QuestionView> Changed,
    [property: Id(3)] IReadOnlyList<int> Removed);
