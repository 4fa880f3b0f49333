namespace WsisConnect.Server.Realtime;

/// <summary>How a node sheds hub calls it cannot answer in time (configuration section <c>Realtime</c>).</summary>
public sealed class LiveLoadOptions
{
    /// <summary>
    /// Hub calls a node runs at once; a call beyond them is refused at once with the retryable <c>server.busy</c>
    /// rather than queued behind the others. 2,000 by default: about a second of votes at this machine's saturation
    /// rate, so a refused call costs its client a second and queued calls never wait much longer.
    /// </summary>
    public int MaxCallsInFlight { get; set; } = 2_000;

    /// <summary>
    /// A hub call still running after this long is answered <c>server.busy</c> instead of being left pending (10 s by
    /// default). It keeps running: a write with an operation id that the client sends again joins it and gets its
    /// outcome, and is applied once. Writes sent without an operation id are never cut short, since their retry could
    /// apply twice.
    /// </summary>
    public TimeSpan CallDeadline { get; set; } = TimeSpan.FromSeconds(10);
}
