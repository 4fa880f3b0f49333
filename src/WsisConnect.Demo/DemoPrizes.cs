using WsisConnect.Contracts.Prizes;

namespace WsisConnect.Demo;

/// <summary>
/// The WSIS Prizes 2025 vote as the demo shows it: 18 categories (one per action line, C7 split into its eight
/// e-applications) with 15 nominated projects each, 270 in all, as in 2025.
/// </summary>
internal static class DemoPrizes
{
    private static readonly string[] Verbs = ["Connecting", "Empowering", "Bridging", "Scaling", "Opening", "Securing", "Greening", "Translating"];
    private static readonly string[] Things = ["villages", "schools", "clinics", "farmers", "women entrepreneurs", "older persons", "refugees", "island communities", "young coders", "public services"];
    private static readonly string[] Kinds = ["Foundation", "Initiative", "Agency", "Network", "University", "Cooperative", "Ministry programme", "Start-up"];

    public static PrizeCategory[] Generate(int seed = 2025)
    {
        var random = new Random(seed);
        var countries = DemoCountries.All;
        return [.. DemoActionLines.FacilitationMeetings.Select(line =>
        {
            var id = line.Area is null ? line.Code.ToLowerInvariant() : $"c7-{line.Area}";
            var name = line.Area is null ? $"{line.Code} {line.Title}" : $"C7 {line.Area}";
            var nominees = Enumerable.Range(1, 15).Select(n =>
            {
                var country = countries[random.Next(countries.Count)];
                var project = $"{Verbs[random.Next(Verbs.Length)]} {Things[random.Next(Things.Length)]}: {line.Area ?? Short(line.Title)} in {country.Name}";
                return new Nominee($"{id}-n{n:D2}", project, $"{country.Name} {Kinds[random.Next(Kinds.Length)]}", country.Code);
            });
            return new PrizeCategory(id, name, line.Code, [.. nominees], DemoPrizeTitles.For(line, name));
        })];
    }

    private static string Short(string title) => title.Split(',')[0].ToLowerInvariant();
}
