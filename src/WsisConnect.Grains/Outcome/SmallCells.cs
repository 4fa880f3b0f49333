using WsisConnect.Contracts.Outcome;

namespace WsisConnect.Grains.Outcome;

/// <summary>
/// The one rule that keeps the report anonymous: in a breakdown by a personal attribute (a country), a cell with
/// fewer than <see cref="Threshold"/> people is merged into <see cref="Other"/>, so no published cell points at
/// one to four people. <c>other</c> names no country, and is shown whatever its size.
/// </summary>
public static class SmallCells
{
    /// <summary>The smallest cell published on its own.</summary>
    public const int Threshold = 5;

    /// <summary>The merged cell's name.</summary>
    public const string Other = "other";

    /// <summary>The country code of people whose registration gives none; always merged.</summary>
    public const string UnknownCountry = "ZZ";

    /// <summary>Cells of at least <see cref="Threshold"/>, most first (then by code), and <see cref="Other"/> last when anything was merged.</summary>
    public static CountryCount[] Merge(IEnumerable<CountryCount> cells)
    {
        var shown = new List<CountryCount>();
        var merged = 0;
        foreach (var cell in cells.Where(c => c.Participants > 0))
        {
            if (cell.Participants >= Threshold && cell.Country != UnknownCountry)
            {
                shown.Add(cell);
            }
            else
            {
                merged += cell.Participants;
            }
        }
        shown.Sort((a, b) => b.Participants != a.Participants ? b.Participants.CompareTo(a.Participants) : string.CompareOrdinal(a.Country, b.Country));
        if (merged > 0)
        {
            shown.Add(new CountryCount(Other, merged));
        }
        return [.. shown];
    }

    /// <summary>How many countries the cells name, the unknown one aside (small ones count: a number of countries names nobody).</summary>
    public static int Countries(IEnumerable<CountryCount> cells) =>
        cells.Count(c => c.Participants > 0 && c.Country != UnknownCountry);
}
