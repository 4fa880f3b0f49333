using System.Reflection;
using WsisConnect.Contracts;
using WsisConnect.Grains.Abstractions.Wire;
using WsisConnect.Grains.Forum;
using Xunit;

namespace WsisConnect.Grains.Tests.Wire;

/// <summary>
/// Orleans resolves a type written under its alias through one table, and nothing refuses a second type under the
/// same alias: <see cref="WireAliases"/> and Orleans' own <c>[Alias]</c> registrations overwrite each other in turn,
/// so a clash would read stored state or a message as the wrong type. Main once had two <c>wsis.CountryCount</c>s.
/// </summary>
public sealed class WireAliasTests
{
    [Fact]
    public void NoTwoTypesShareAnAlias()
    {
        var wire = typeof(WireAttribute).Assembly.GetTypes()
            .Select(t => (Type: t, Alias: t.GetCustomAttribute<WireAttribute>()?.Alias));
        var orleans = new[] { typeof(WireAliases).Assembly, typeof(ForumGrain).Assembly }
            .SelectMany(a => a.GetTypes())
            .Where(t => t.Namespace?.StartsWith("WsisConnect.", StringComparison.Ordinal) == true)
            .Select(t => (Type: t, Alias: t.GetCustomAttribute<AliasAttribute>()?.Alias));

        var clashes = wire.Concat(orleans)
            .Where(a => a.Alias is not null)
            .GroupBy(a => a.Alias, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(a => a.Type.FullName))}")
            .ToArray();

        Assert.True(clashes.Length == 0, "Aliases used twice: " + string.Join("; ", clashes));
    }
}
