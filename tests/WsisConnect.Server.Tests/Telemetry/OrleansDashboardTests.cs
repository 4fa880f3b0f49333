using System.Net;
using WsisConnect.Contracts.Identity;
using WsisConnect.Server.Telemetry;
using WsisConnect.Server.Tests.Infrastructure;
using Xunit;

namespace WsisConnect.Server.Tests.Telemetry;

/// <summary>The Orleans dashboard is for organisers only, by bearer header or, in a browser, by the cookie its first visit sets.</summary>
[Collection(TelemetryCollection.Name)]
public sealed class OrleansDashboardTests(TelemetryServerFixture server)
{
    [Fact]
    public async Task OnlyOrganisersOpenTheOrleansDashboard()
    {
        await using var attendee = await server.SignInAsync("Attendee");
        await using var desk = await server.SignInAsync("Desk", roles: ForumRoles.Attendee | ForumRoles.RegistrationStaff);
        await using var organiser = await server.SignInAsync("Operator", roles: ForumRoles.Attendee | ForumRoles.Organiser);
        // No cookies: the browser's way is tried below, apart.
        using var http = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

        Assert.Equal(HttpStatusCode.Unauthorized, await Scrape.StatusAsync(http, "orleans/", null));
        Assert.Equal(HttpStatusCode.Forbidden, await Scrape.StatusAsync(http, "orleans/", attendee.Token));
        Assert.Equal(HttpStatusCode.Forbidden, await Scrape.StatusAsync(http, "orleans/", desk.Token));
        Assert.Equal(HttpStatusCode.Forbidden, await Scrape.StatusAsync(http, "orleans/?access_token=" + attendee.Token, null));
        Assert.Equal(HttpStatusCode.OK, await Scrape.StatusAsync(http, "orleans/", organiser.Token));

        // A browser: the first visit carries the token in the query, later ones only the cookie it set.
        var cookies = new CookieContainer();
        using var browser = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        Assert.Equal(HttpStatusCode.OK, await Scrape.StatusAsync(browser, "orleans/?access_token=" + organiser.Token, null));
        var cookie = cookies.GetCookies(new Uri(server.BaseAddress, "orleans/")).Single(c => c.Name == OperatorPages.Cookie);
        Assert.True(cookie.HttpOnly);
        Assert.Equal("/orleans", cookie.Path);
        Assert.Equal(HttpStatusCode.OK, await Scrape.StatusAsync(browser, "orleans/", null));
        // A bearer header speaks for its caller, whatever cookie the browser holds.
        Assert.Equal(HttpStatusCode.Forbidden, await Scrape.StatusAsync(browser, "orleans/", attendee.Token));
        Assert.Equal(HttpStatusCode.Unauthorized, await Scrape.StatusAsync(browser, "metrics", null));
    }
}
