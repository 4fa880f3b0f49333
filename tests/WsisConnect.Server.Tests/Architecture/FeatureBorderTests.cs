using System.Text.RegularExpressions;
using WsisConnect.Grains;
using WsisConnect.Testing;
using Xunit;

namespace WsisConnect.Server.Tests.Architecture;

/// <summary>
/// The feature borders of docs/architecture.md, enforced on the compiled grains: a type of one feature (a folder
/// and namespace under WsisConnect.Grains) uses another feature's types only along an edge of the doc's
/// "Feature borders" table, which this test reads. Grain interfaces and the records grains exchange are in
/// Grains.Abstractions, open to every feature; what the table guards is the implementation behind them.
/// </summary>
public sealed partial class FeatureBorderTests
{
    private const string Grains = "WsisConnect.Grains";

    /// <summary>What a row of the table names to let every feature use.</summary>
    private const string AnyFeature = "any feature";

    private static readonly Lazy<IReadOnlyList<FeatureReferences.Use>> Uses =
        new(() => FeatureReferences.Of(typeof(GrainsSiloBuilderExtensions).Assembly.Location, Grains));

    private static readonly Lazy<IReadOnlyDictionary<string, string[]>> Table = new(ReadTable);

    [Fact]
    public void FeaturesUseOnlyTheFeaturesTheirRowAllows()
    {
        var breaches = Uses.Value.Where(u => !Allows(u.From, u.To))
            .GroupBy(u => $"{u.From} -> {u.To}")
            .Select(g => $"{g.Key} ({string.Join(", ", g.Select(u => $"{u.FromType} uses {u.ToType}").Distinct().Take(3))})")
            .Order(StringComparer.Ordinal).ToList();
        Assert.True(breaches.Count == 0, "Uses no row of the feature borders table in docs/architecture.md allows:\n" + string.Join("\n", breaches));
    }

    /// <summary>An edge nobody uses any more comes out of the table, so the doc says what the code does.</summary>
    [Fact]
    public void EveryEdgeInTheTableIsUsed()
    {
        var used = Uses.Value.Select(u => (u.From, u.To)).ToHashSet();
        var unused = Table.Value.SelectMany(row => row.Value.Select(to => (From: row.Key, To: to)))
            .Where(e => e.From == AnyFeature ? !used.Any(u => u.To == e.To) : !used.Contains(e))
            .Select(e => $"{e.From} -> {e.To}").ToList();
        Assert.True(unused.Count == 0, "Edges of the feature borders table in docs/architecture.md that nothing uses:\n" + string.Join("\n", unused));
    }

    [Fact]
    public void EveryFeatureHasARowAndEveryRowIsAFeature()
    {
        var features = typeof(GrainsSiloBuilderExtensions).Assembly.GetTypes()
            .Select(t => t.Namespace).OfType<string>().Where(n => n.StartsWith(Grains + ".", StringComparison.Ordinal))
            .Select(n => n[(Grains.Length + 1)..].Split('.')[0]).ToHashSet();
        var rows = Table.Value.Keys.Where(k => k != AnyFeature).ToHashSet();
        Assert.Equal(features.Order(StringComparer.Ordinal), rows.Order(StringComparer.Ordinal));
        Assert.All(Table.Value.Values.SelectMany(v => v), used => Assert.Contains(used, features));
    }

    private static bool Allows(string from, string to) =>
        Table.Value.TryGetValue(from, out var row) && row.Contains(to) || Table.Value.TryGetValue(AnyFeature, out var any) && any.Contains(to);

    /// <summary>The rows of the table under "## Feature borders": <c>| Feature | Other, Another |</c>.</summary>
    private static IReadOnlyDictionary<string, string[]> ReadTable()
    {
        var doc = File.ReadAllLines(Path.Combine(RepositoryLayout.FindRoot(), "docs", "architecture.md"));
        var rows = doc.SkipWhile(l => l.Trim() != "## Feature borders").Skip(1)
            .TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal))
            .Select(l => Row().Match(l)).Where(m => m.Success && m.Groups["feature"].Value != "feature" && !m.Groups["feature"].Value.StartsWith('-'))
            .ToDictionary(m => m.Groups["feature"].Value.Trim('`'),
                m => m.Groups["uses"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                    .Select(u => u.Trim('`')).Where(u => u != "nothing").ToArray());
        Assert.True(rows.Count > 10, "docs/architecture.md has no \"## Feature borders\" table to check against.");
        return rows;
    }

    [GeneratedRegex(@"^\|\s*(?<feature>[^|]+?)\s*\|\s*(?<uses>[^|]*?)\s*\|")]
    private static partial Regex Row();
}
