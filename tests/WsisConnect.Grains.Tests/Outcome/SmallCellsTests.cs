using WsisConnect.Contracts.Outcome;
using WsisConnect.Grains.Outcome;
using Xunit;

namespace WsisConnect.Grains.Tests.Outcome;

/// <summary>The report's one anonymity rule: country cells under five people are merged into "other".</summary>
public sealed class SmallCellsTests
{
    [Fact]
    public void CellsUnderFiveAreMergedIntoOtherWhichComesLast()
    {
        var merged = SmallCells.Merge([new("BR", 2), new("CH", 5), new("FR", 1), new("KE", 7), new("GH", 4), new("PE", 0)]);

        Assert.Equal([new CountryCount("KE", 7), new CountryCount("CH", 5), new CountryCount("other", 7)], merged);
    }

    [Fact]
    public void TheUnknownCountryIsAlwaysMergedAndNotCountedAsACountry()
    {
        CountryCount[] cells = [new("ZZ", 9), new("CH", 6), new("FR", 1)];

        Assert.Equal([new CountryCount("CH", 6), new CountryCount("other", 10)], SmallCells.Merge(cells));
        Assert.Equal(2, SmallCells.Countries(cells));
    }

    [Fact]
    public void NothingMergedMeansNoOtherCell()
    {
        Assert.Equal([new CountryCount("CH", 5), new CountryCount("KE", 5)], SmallCells.Merge([new("KE", 5), new("CH", 5)]));
        Assert.Empty(SmallCells.Merge([]));
    }
}
