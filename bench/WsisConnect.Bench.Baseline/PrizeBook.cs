namespace WsisConnect.Bench.Baseline;

/// <summary>
/// The prize categories the baseline serves: as many as WsisConnect's demo forum has (18, one per action line with
/// C7 split into its eight e-applications, 15 nominees each), so the load tool's plan is the same on both servers.
/// </summary>
public sealed class PrizeBook
{
    private static readonly string[] ActionLines =
        ["C1", "C2", "C3", "C4", "C5", "C6", "C8", "C9", "C10", "C11"];

    private static readonly string[] Applications =
        ["e-government", "e-business", "e-learning", "e-health", "e-employment", "e-environment", "e-agriculture", "e-science"];

    private readonly Dictionary<string, PrizeTally> _tallies;

    public PrizeBook()
    {
        var categories = ActionLines.Select(l => (Id: l.ToLowerInvariant(), Name: l, Line: l))
            .Concat(Applications.Select(a => (Id: $"c7-{a}", Name: $"C7 {a}", Line: "C7")))
            .Select(c => new BaselinePrizeCategory(c.Id, c.Name, c.Line,
                [.. Enumerable.Range(1, 15).Select(n => new BaselineNominee($"{c.Id}-n{n:D2}", $"Project {n} of {c.Name}", "Baseline", "CH"))]))
            .ToArray();
        Categories = categories;
        _tallies = categories.ToDictionary(c => c.Id, c => new PrizeTally(c), StringComparer.Ordinal);
    }

    public BaselinePrizeCategory[] Categories { get; }

    public PrizeTally? Find(string categoryId) => _tallies.GetValueOrDefault(categoryId);

    public IEnumerable<PrizeTally> All => _tallies.Values;
}
