namespace WsisConnect.Demo;

/// <summary>An organisation people register under, with the titles held there from junior to senior.</summary>
/// <param name="Name">The name; <c>{country}</c> stands for the person's country.</param>
/// <param name="Country">The country it sits in, for employers tied to one place; null when anyone may work there.</param>
internal sealed record DemoEmployer(string Name, IReadOnlyList<string> Titles, string? Country = null)
{
    public const string CountryPlaceholder = "{country}";

    /// <summary>Senior titles are rarer: weights fall linearly from the most junior title to the most senior.</summary>
    public int PickTitle(Random random)
    {
        var count = Titles.Count;
        var ticket = random.Next(count * (count + 1) / 2);
        for (var index = 0; index < count; index++)
        {
            ticket -= count - index;
            if (ticket < 0)
            {
                return index;
            }
        }
        return count - 1;
    }

    /// <summary>The three most senior titles make a person a candidate for high-level panels.</summary>
    public bool IsSenior(int titleIndex) => titleIndex >= Titles.Count - 3;
}
