using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Identity;
using WsisConnect.Grains.Abstractions.Identity;
using WsisConnect.Grains.Tests.Infrastructure;
using Xunit;

namespace WsisConnect.Grains.Tests.Identity;

/// <summary>Access codes in a TestingHost cluster on the embedded Garnet.</summary>
public sealed class AccessCodeTests(GarnetClusterFixture fixture) : IClassFixture<GarnetClusterFixture>
{
    private IAccessCodeGrain Code(string code) => fixture.Grains.GetGrain<IAccessCodeGrain>(AccessCode.ToGrainKey(code));

    [Fact]
    public async Task ACodeTriedTooOftenIsRefusedForAWhileWithoutTouchingOtherCodesOrWhomItSignsIn()
    {
        var (hammered, other) = (AccessCode.Generate(), AccessCode.Generate());
        await Code(hammered).AssignAsync("a-hammered");
        await Code(other).AssignAsync("a-other");

        for (var i = 0; i < 10; i++)
        {
            Assert.Equal("a-hammered", await Code(hammered).SignInAsync());
        }
        var refused = await Assert.ThrowsAsync<ForumException>(() => Code(hammered).SignInAsync());
        var wrongCode = AccessCode.Generate();
        for (var i = 0; i < 10; i++)
        {
            Assert.Null(await Code(wrongCode).SignInAsync());
        }
        var guessing = await Assert.ThrowsAsync<ForumException>(() => Code(wrongCode).SignInAsync());

        Assert.Equal((ErrorCodes.CodeRateLimited, ErrorCodes.CodeRateLimited), (refused.Code, guessing.Code));
        Assert.Equal("a-other", await Code(other).SignInAsync());
        Assert.Equal("a-hammered", await Code(hammered).ResolveAsync());
    }
}
