using System.Text.Json;
using WsisConnect.Contracts.Identity;
using WsisConnect.Demo;
using Xunit;

namespace WsisConnect.Server.Tests.Demo;

/// <summary>The demo is the same forum on every machine, but nobody can replay a generated person's code.</summary>
public sealed class DemoForumGeneratorTests
{
    [Fact]
    public void SameSeedGivesTheSamePeopleAndSessionsButFreshCodesForGeneratedPeople()
    {
        var first = DemoForumGenerator.Generate();
        var second = DemoForumGenerator.Generate();

        // Sessions hold arrays, which records compare by reference: compare what would be stored.
        Assert.Equal(JsonSerializer.Serialize(first.Sessions), JsonSerializer.Serialize(second.Sessions));
        Assert.Equal(JsonSerializer.Serialize(first.People.Select(p => p.Profile)), JsonSerializer.Serialize(second.People.Select(p => p.Profile)));
        var featured = DemoForum.FeaturedCodes.Count;
        Assert.Equal(DemoForum.FeaturedCodes.Select(c => c.Code), first.People.Take(featured).Select(p => p.AccessCode));
        Assert.Equal(DemoForum.FeaturedCodes.Select(c => c.Code), second.People.Take(featured).Select(p => p.AccessCode));
        var firstCodes = first.People.Skip(featured).Select(p => AccessCode.Normalize(p.AccessCode)).ToList();
        var secondCodes = second.People.Skip(featured).Select(p => AccessCode.Normalize(p.AccessCode)).ToHashSet();
        Assert.Equal(firstCodes.Count, firstCodes.Distinct().Count());
        // 60-bit random codes: two generations sharing even one would mean they were not drawn independently.
        Assert.DoesNotContain(firstCodes, secondCodes.Contains);
    }
}
