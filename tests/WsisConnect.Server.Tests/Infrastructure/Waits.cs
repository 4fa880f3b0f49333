using Xunit;

namespace WsisConnect.Server.Tests.Infrastructure;

/// <summary>Every wait in these tests is bounded.</summary>
public static class Waits
{
    /// <summary>How long a pushed change may take to reach another client in a test.</summary>
    public static readonly TimeSpan Push = TimeSpan.FromSeconds(10);

    /// <summary>How long an organiser's import (a preview, its confirmation) may take: thousands of rows or hundreds of sessions.</summary>
    public static readonly TimeSpan Import = TimeSpan.FromMinutes(2);

    /// <summary>Polls <paramref name="condition"/> until it holds, failing with <paramref name="what"/> after <see cref="Push"/>.</summary>
    public static async Task UntilAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow + Push;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Timed out waiting: {what}.");
            await Task.Delay(50);
        }
    }
}
