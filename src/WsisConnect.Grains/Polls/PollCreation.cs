namespace WsisConnect.Grains.Polls;

/// <summary>The operation that created a poll: a retry of it returns that poll rather than creating another.</summary>
[GenerateSerializer, Immutable, Alias("wsis.PollCreation")]
public sealed record PollCreation([property: Id(0)] string OperationKey, [property: Id(1)] string PollId)
{
    /// <summary>How many creations a session remembers.</summary>
    public const int Remembered = 50;
}
