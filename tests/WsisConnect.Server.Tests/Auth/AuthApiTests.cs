using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using WsisConnect.Client.Http;
using WsisConnect.Client.Live;
using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Forum;
using WsisConnect.Contracts.Identity;
using WsisConnect.Server.Tests.Infrastructure;
using Xunit;

namespace WsisConnect.Server.Tests.Auth;

[Collection(ServerCollection.Name)]
public sealed class AuthApiTests(ForumServerFixture server)
{
    [Fact]
    public async Task AccessCodeIsExchangedForATokenWhateverItsCaseAndDashes()
    {
        var (profile, code) = await server.RegisterPersonAsync("Amina Diallo", Participation.OnSite);
        var api = server.Api();

        var result = await api.SignInAsync(" " + code.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal) + " ");

        Assert.Equal(profile.Id, result.Profile.Id);
        Assert.True(result.ExpiresAt > DateTimeOffset.UtcNow.AddDays(6));
        Assert.Equal("Amina Diallo", (await api.GetMeAsync()).Name);
    }

    [Fact]
    public async Task UnknownCodeIsRefusedWithAStableCode()
    {
        var error = await Assert.ThrowsAsync<ForumApiException>(() => server.Api().SignInAsync("NOPE-NOPE-NOPE"));
        Assert.Equal(HttpStatusCode.Unauthorized, error.Status);
        Assert.Equal(ErrorCodes.InvalidCode, error.Code);
    }

    [Fact]
    public async Task HammeringOneCodeLocksThatCodeOnlyAndNobodyElseBehindTheSameAddress()
    {
        var (_, colleagueCode) = await server.RegisterPersonAsync("Colleague at the same venue");
        var guessed = "WSIS-" + Guid.NewGuid().ToString("N")[..8];
        var attacker = server.Api();

        for (var i = 0; i < 10; i++)
        {
            var wrong = await Assert.ThrowsAsync<ForumApiException>(() => attacker.SignInAsync(guessed));
            Assert.Equal(ErrorCodes.InvalidCode, wrong.Code);
        }
        var locked = await Assert.ThrowsAsync<ForumApiException>(() => attacker.SignInAsync(guessed));

        Assert.Equal((HttpStatusCode.TooManyRequests, ErrorCodes.CodeRateLimited), (locked.Status, locked.Code));
        var colleague = server.Api();
        await colleague.SignInAsync(colleagueCode);
        Assert.Equal("Colleague at the same venue", (await colleague.GetMeAsync()).Name);
    }

    [Fact]
    public async Task EmptyCodeIsAValidationProblem()
    {
        var error = await Assert.ThrowsAsync<ForumApiException>(() => server.Api().SignInAsync("  "));
        Assert.Equal(HttpStatusCode.BadRequest, error.Status);
        Assert.Equal(ErrorCodes.Invalid, error.Code);
        Assert.Contains("code", error.Errors.Keys);
    }

    [Fact]
    public async Task RemoteParticipantCanRegisterAndSignInAgainWithTheNewCode()
    {
        var registered = await server.Api().RegisterAsync("Wanjiru Kamau", "Strathmore University", "ke", StakeholderType.Academia, "fr");

        Assert.Equal(Participation.Remote, registered.Profile.Participation);
        Assert.Equal("KE", registered.Profile.Country);
        var again = await server.Api().SignInAsync(registered.Code);
        Assert.Equal(registered.Profile.Id, again.Profile.Id);
    }

    [Fact]
    public async Task RegistrationWithBadFieldsNamesEachField()
    {
        var error = await Assert.ThrowsAsync<ForumApiException>(() =>
            server.Api().RegisterAsync("X", new string('o', 151), "Kenya", (StakeholderType)42, "de"));

        Assert.Equal(HttpStatusCode.BadRequest, error.Status);
        Assert.Equal(ErrorCodes.Invalid, error.Code);
        Assert.Equal(["country", "language", "name", "organisation", "stakeholderType"], error.Errors.Keys.Order());
    }

    [Fact]
    public async Task OrganisersCanCloseSelfRegistrationAndNobodyElseCan()
    {
        var organiser = server.Api();
        await organiser.SignInAsync((await server.RegisterPersonAsync("Organiser", roles: ForumRoles.Attendee | ForumRoles.Organiser)).Code);
        var attendee = server.Api();
        await attendee.SignInAsync((await server.RegisterPersonAsync("Attendee")).Code);

        var forbidden = await Assert.ThrowsAsync<ForumApiException>(() => attendee.UpdateSettingsAsync(new ForumSettings(false)));
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.Status);
        Assert.Equal(ErrorCodes.Forbidden, forbidden.Code);

        await organiser.UpdateSettingsAsync(new ForumSettings(SelfRegistrationOpen: false));
        try
        {
            var closed = await Assert.ThrowsAsync<ForumApiException>(() =>
                server.Api().RegisterAsync("Late Person", "Org", "FR", StakeholderType.PrivateSector, "fr"));
            Assert.Equal(HttpStatusCode.Forbidden, closed.Status);
            Assert.Equal(ErrorCodes.RegistrationClosed, closed.Code);
        }
        finally
        {
            await organiser.UpdateSettingsAsync(new ForumSettings(SelfRegistrationOpen: true));
        }
    }

    [Fact]
    public async Task TokenSignedWithAnotherKeyIsRefusedOverHttpAndByTheHub()
    {
        var (profile, _) = await server.RegisterPersonAsync("Forger");
        var forged = Token(profile, RandomNumberGenerator.GetBytes(32), DateTime.UtcNow.AddHours(1));

        var api = server.Api();
        api.Token = forged;
        var http = await Assert.ThrowsAsync<ForumApiException>(() => api.GetMeAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, http.Status);
        Assert.Equal(ErrorCodes.Unauthenticated, http.Code);

        var hub = await Assert.ThrowsAsync<LiveHubException>(() => LiveConnection.ConnectAsync(server.BaseAddress, forged));
        Assert.Equal(ErrorCodes.Unauthenticated, hub.Code);
    }

    [Fact]
    public async Task ExpiredTokenIsRefusedAndSaysSo()
    {
        var (profile, _) = await server.RegisterPersonAsync("Late");
        var api = server.Api();
        api.Token = Token(profile, server.SigningKey, DateTime.UtcNow.AddMinutes(-5));

        var error = await Assert.ThrowsAsync<ForumApiException>(() => api.GetMeAsync());

        Assert.Equal(ErrorCodes.Unauthenticated, error.Code);
        Assert.Contains("expired", error.Detail, StringComparison.OrdinalIgnoreCase);
        var hub = await Assert.ThrowsAsync<LiveHubException>(() => LiveConnection.ConnectAsync(server.BaseAddress, api.Token));
        Assert.Equal(ErrorCodes.Unauthenticated, hub.Code);
    }

    [Fact]
    public async Task MalformedJsonIsAProblemNotACrash()
    {
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        using var response = await http.PostAsync("api/auth/token", new StringContent("{not json", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"code\":\"validation.invalid\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static string Token(AttendeeProfile profile, byte[] key, DateTime expires) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = "wsisconnect",
        Audience = "wsisconnect",
        Subject = new ClaimsIdentity([new Claim("sub", profile.Id), new Claim("name", profile.Name), new Claim("role", "organiser")]),
        IssuedAt = expires.AddHours(-2),
        NotBefore = expires.AddHours(-2),
        Expires = expires,
        SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(key), SecurityAlgorithms.HmacSha256),
    });
}
