using WsisConnect.Server.Tests.Infrastructure;
using Xunit;

namespace WsisConnect.Server.Tests.Outcome;

/// <summary>A server of its own: the report counts the whole forum, so no other test's people or sessions may be in it.</summary>
[CollectionDefinition(Name)]
public sealed class OutcomeCollection : ICollectionFixture<OutcomeServerFixture>
{
    public const string Name = "outcome";
}

/// <summary>The real server, started for the outcome tests alone, and the mini forum played on it once.</summary>
public sealed class OutcomeServerFixture : ForumServerFixture
{
    private readonly Lock _gate = new();
    private Task<MiniForum>? _forum;

    /// <summary>The mini forum, played at the first ask: the report counts everything, so it must happen once.</summary>
    public Task<MiniForum> ForumAsync()
    {
        lock (_gate)
        {
            return _forum ??= MiniForum.PlayAsync(this);
        }
    }

    protected override async Task StoppingAsync()
    {
        if (_forum is { IsCompletedSuccessfully: true })
        {
            await (await _forum).DisposeAsync();
        }
    }
}
