using WsisConnect.Contracts.Prizes;

namespace WsisConnect.Bench.Prizes;

/// <summary>
/// Who votes where, in what order: voter v votes once in each category (the last voter in as many as are left),
/// for a random nominee, and the whole list is shuffled so that categories and voters interleave as they would live.
/// </summary>
internal sealed class VotePlan
{
    private VotePlan(int[] voter, byte[] category, byte[] nominee)
    {
        Voter = voter;
        Category = category;
        Nominee = nominee;
    }

    public int[] Voter { get; }

    public byte[] Category { get; }

    public byte[] Nominee { get; }

    public static VotePlan Create(int votes, int voters, PrizeCategory[] categories, int seed)
    {
        if (categories.Length > byte.MaxValue || categories.Any(c => c.Nominees.Length is 0 or > byte.MaxValue))
        {
            throw new InvalidOperationException("The plan holds at most 255 categories of 1 to 255 nominees.");
        }
        var random = new Random(seed);
        var voter = new int[votes];
        var category = new byte[votes];
        var k = 0;
        for (var v = 0; v < voters && k < votes; v++)
        {
            for (var c = 0; c < categories.Length && k < votes; c++, k++)
            {
                voter[k] = v;
                category[k] = (byte)c;
            }
        }
        for (var i = votes - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (voter[i], voter[j]) = (voter[j], voter[i]);
            (category[i], category[j]) = (category[j], category[i]);
        }
        var nominee = new byte[votes];
        for (var i = 0; i < votes; i++)
        {
            nominee[i] = (byte)random.Next(categories[category[i]].Nominees.Length);
        }
        return new VotePlan(voter, category, nominee);
    }
}
