using Xunit;

namespace WsisConnect.Server.Tests.Cluster;

/// <summary>Tests that run the server as separate OS processes; one at a time, they are heavy on two cores.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessCollection
{
    public const string Name = "processes";
}
