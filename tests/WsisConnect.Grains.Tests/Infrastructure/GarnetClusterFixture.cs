using WsisConnect.Storage;
using WsisConnect.Testing;

namespace WsisConnect.Grains.Tests.Infrastructure;

/// <summary>The cluster on the embedded Garnet the server starts by default.</summary>
public sealed class GarnetClusterFixture : ClusterFixture
{
    private readonly TempDirectory _data = new();
    private EmbeddedGarnet? _garnet;

    protected override Task<string> StartStoreAsync()
    {
        _garnet = EmbeddedGarnet.Start(_data.Path, FreePort.Next(), waitForCommit: true);
        return Task.FromResult(_garnet.ConnectionString);
    }

    protected override Task StopStoreAsync()
    {
        _garnet?.Dispose();
        _data.Dispose();
        return Task.CompletedTask;
    }
}
