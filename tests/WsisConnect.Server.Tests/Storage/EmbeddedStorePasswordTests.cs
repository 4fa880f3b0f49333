using StackExchange.Redis;
using WsisConnect.Storage;
using WsisConnect.Testing;
using Xunit;

namespace WsisConnect.Server.Tests.Storage;

/// <summary>
/// The embedded store answers only to the password kept, owner-only, in its data folder: another local process on
/// the loopback port can neither read the token signing key nor rewrite state.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class EmbeddedStorePasswordTests : IDisposable
{
    private readonly TempDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task AClientWithoutThePasswordIsRefusedAndTheFileIsOwnerOnly()
    {
        using (var garnet = EmbeddedGarnet.Start(_data.Path, FreePort.Next(), waitForCommit: true))
        {
            var file = Path.Combine(_data.Path, StorePassword.FileName);
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
            Assert.Equal(garnet.Password, (await File.ReadAllTextAsync(file)).Trim());
            Assert.Equal(UnixFileMode.None, File.GetUnixFileMode(_data.Path) & (UnixFileMode.GroupRead | UnixFileMode.OtherRead | UnixFileMode.OtherExecute));

            await using var owner = await ConnectionMultiplexer.ConnectAsync(garnet.ConnectionString);
            await owner.GetDatabase().StringSetAsync("secret", "signing key");

            foreach (var stranger in new[] { $"127.0.0.1:{garnet.Port},abortConnect=false", $"127.0.0.1:{garnet.Port},abortConnect=false,password=guess-{garnet.Password[..8]}" })
            {
                var options = ConfigurationOptions.Parse(stranger);
                options.ConnectTimeout = 2000;
                await using var intruder = await ConnectionMultiplexer.ConnectAsync(options);
                await Assert.ThrowsAnyAsync<RedisException>(() => intruder.GetDatabase().StringGetAsync("secret").WaitAsync(TimeSpan.FromSeconds(10)));
                await Assert.ThrowsAnyAsync<RedisException>(() => intruder.GetDatabase().StringSetAsync("secret", "forged").WaitAsync(TimeSpan.FromSeconds(10)));
            }
            Assert.Equal("signing key", await owner.GetDatabase().StringGetAsync("secret"));
        }

        // A restart on the same folder keeps the password, and with it the data.
        using var restarted = EmbeddedGarnet.Start(_data.Path, FreePort.Next(), waitForCommit: true);
        await using var again = await ConnectionMultiplexer.ConnectAsync(restarted.ConnectionString);
        Assert.Equal("signing key", await again.GetDatabase().StringGetAsync("secret"));
    }

    [Fact]
    public void APasswordFileWithWiderRightsIsNarrowedBeforeUse()
    {
        var file = Path.Combine(_data.Path, StorePassword.FileName);
        File.WriteAllText(file, "restored-from-a-backup-0123456789");
        File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        Assert.Equal("restored-from-a-backup-0123456789", StorePassword.LoadOrCreate(_data.Path));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
    }
}
