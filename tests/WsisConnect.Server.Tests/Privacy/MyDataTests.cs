using System.Net;
using WsisConnect.Client.Http;
using WsisConnect.Client.Live;
using WsisConnect.Contracts.Agenda;
using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Networking;
using WsisConnect.Contracts.Polls;
using WsisConnect.Grains.Abstractions.Privacy;
using WsisConnect.Server.Tests.Infrastructure;
using Xunit;

namespace WsisConnect.Server.Tests.Privacy;

/// <summary>Downloading one's data, and deleting the account for good.</summary>
[Collection(ServerCollection.Name)]
public sealed class MyDataTests(ForumServerFixture server)
{
    [Fact]
    public async Task APersonDownloadsEverythingAndAfterDeletionIsGoneFromOthersWithQuestionsAnonymised()
    {
        var session = await server.CreateSessionAsync(QuestionMode.Open);
        await using var leaving = await server.SignInAsync($"Leaving {Guid.NewGuid():N}"[..20]);
        await using var friend = await server.SignInAsync("Friend");
        await leaving.Api.UpdateMyProfileAsync(NetworkingProfile.Empty with { ActionLines = ["C4"], Bio = "Trainer" });
        await friend.Live.ScanBadge((await leaving.Live.GetBadge()).Token, "met at the café", null);
        await leaving.Live.SendMessage(friend.Profile.Id, "Great to meet you");
        var question = await leaving.Live.AskQuestion(session.Id, "How do we train a million teachers?", anonymous: false);
        await leaving.Live.CheckIn(session.Id, visible: true);

        var data = await leaving.Api.ExportMyDataAsync();

        Assert.Equal(leaving.Profile.Id, data.Registration.Id);
        Assert.Equal("Trainer", data.Profile.Bio);
        Assert.Equal(friend.Profile.Id, Assert.Single(data.Contacts.Contacts).AttendeeId);
        Assert.Equal("Great to meet you", Assert.Single(data.Messages).Text);
        Assert.Equal(question.Id, Assert.Single(data.Questions).Id);
        Assert.Contains(session.Id, data.CheckIns);
        Assert.Contains(AttendanceScope.Session(session.Id), data.CountedIn);
        Assert.Contains(AttendanceScope.Forum, data.CountedIn);

        await leaving.Api.DeleteMyAccountAsync();

        Assert.Empty((await friend.Live.GetContactBook()).Contacts);
        Assert.Empty((await friend.Live.GetMessages(leaving.Profile.Id, null, 10)).Messages);
        Assert.Empty(await friend.Api.SearchDirectoryAsync(leaving.Profile.Name));
        var gone = await Assert.ThrowsAsync<ForumApiException>(() => friend.Api.GetPersonAsync(leaving.Profile.Id));
        Assert.Equal(ErrorCodes.PersonNotFound, gone.Code);
        var asked = (await friend.Api.GetQuestionsAsync(session.Id)).Questions.Single(q => q.Id == question.Id);
        Assert.Equal((null, null, "How do we train a million teachers?"), (asked.AuthorName, asked.AuthorId, asked.Text));
        var tokenDead = await Assert.ThrowsAsync<ForumApiException>(() => leaving.Api.GetMeAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, tokenDead.Status);
        var hubDead = await Assert.ThrowsAsync<LiveHubException>(() => LiveConnection.ConnectAsync(server.BaseAddress, leaving.Token));
        Assert.Equal(ErrorCodes.Unauthenticated, hubDead.Code);
    }

    [Fact]
    public async Task NobodyElseCanDownloadOrDeleteSomeonesData()
    {
        await using var owner = await server.SignInAsync("Owner");
        await using var other = await server.SignInAsync("Other");

        var export = await Assert.ThrowsAsync<ForumException>(() =>
            server.Grains.GetGrain<IAccountGrain>(owner.Profile.Id).ExportAsync(new Grains.Abstractions.Identity.Caller(other.Profile.Id, "Other", Contracts.Identity.ForumRoles.Attendee, Contracts.Identity.Participation.OnSite)));
        var delete = await Assert.ThrowsAsync<ForumException>(() =>
            server.Grains.GetGrain<IAccountGrain>(owner.Profile.Id).DeleteAsync(new Grains.Abstractions.Identity.Caller(other.Profile.Id, "Other", Contracts.Identity.ForumRoles.Attendee, Contracts.Identity.Participation.OnSite)));

        Assert.Equal((ErrorCodes.Forbidden, ErrorCodes.Forbidden), (export.Code, delete.Code));
        Assert.Equal("Owner", (await owner.Api.GetMeAsync()).Name);
    }
}
