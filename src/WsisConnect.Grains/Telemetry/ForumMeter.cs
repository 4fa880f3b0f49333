namespace WsisConnect.Grains.Telemetry;

/// <summary>The name of the forum's own meter and the bucket boundaries its histograms share.</summary>
public static class ForumMeter
{
    /// <summary>The meter every <c>wsisconnect.*</c> instrument belongs to; the host's OpenTelemetry setup listens to it.</summary>
    public const string Name = "WsisConnect";

    /// <summary>
    /// Buckets for durations in seconds, from a store round trip on loopback (under a millisecond) to a push held back
    /// by coalescing or a slow store (seconds). The runtime's default buckets are for milliseconds.
    /// </summary>
    public static readonly IReadOnlyList<double> SecondsBuckets = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    /// <summary>Buckets for how many entries a batch carries, from one (light load) to thousands (a burst).</summary>
    public static readonly IReadOnlyList<int> SizeBuckets = [1, 2, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000];
}
