using WsisConnect.Contracts.Polls;
namespace WsisConnect.Grains.Abstractions.Polls;

/// <summary>
/// The complete counts of one voter partition of a poll. Absolute, not a delta: the poll grain keeps the latest
/// from each partition and sums them, so a report seen twice or out of order cannot skew the totals.
/// </summary>
[GenerateSerializer, Immutable, Alias("wsis.PollPartitionTally")]
public sealed record PollPartitionTally(
    [property: Id(0)] int Partition,
    [property: Id(1)] long Version,
    [property: Id(2)] int OnSiteVoters,
    [property: Id(3)] int RemoteVoters,
    [property: Id(4)] OptionCount[] Options,
    [property: Id(5)] WordCount[] Words,
    [property: Id(6)] TextEntry[] Entries);
