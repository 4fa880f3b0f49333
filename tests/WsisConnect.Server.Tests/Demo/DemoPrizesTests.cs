using WsisConnect.Demo;
using Xunit;

namespace WsisConnect.Server.Tests.Demo;

/// <summary>The demo's WSIS Prizes categories carry their titles in the six UN languages.</summary>
public sealed class DemoPrizesTests
{
    [Fact]
    public void EveryOneOfTheEighteenCategoriesHasItsTitleInAllSixLanguages()
    {
        var categories = DemoPrizes.Generate();

        Assert.Equal(18, categories.Length);
        foreach (var category in categories)
        {
            Assert.NotNull(category.Names);
            Assert.Equal(["ar", "en", "es", "fr", "ru", "zh"], category.Names.Keys.Order(StringComparer.Ordinal));
            Assert.Equal(category.Name, category.Names["en"]);
            Assert.All(category.Names.Values, title => Assert.StartsWith(category.ActionLine + " ", title));
            // Six different titles: a language left in English would repeat another's.
            Assert.Equal(6, category.Names.Values.Distinct().Count());
        }
        var health = Assert.Single(categories, c => c.Id == "c7-e-health");
        Assert.Equal("C7 الصحة الإلكترونية", health.Names!["ar"]);
        Assert.Equal("C2 Infrastructure de l’information et de la communication", categories.Single(c => c.Id == "c2").Names!["fr"]);
    }
}
