using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using WsisConnect.Contracts.Agenda;
using WsisConnect.Contracts.Forum;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Leaderboard;
using WsisConnect.Contracts.Networking;
using WsisConnect.Contracts.Polls;
using WsisConnect.Contracts.Prizes;
using WsisConnect.Grains;
using WsisConnect.Grains.Abstractions.Badges;
using WsisConnect.Grains.Abstractions.Directory;
using WsisConnect.Grains.Abstractions.Identity;
using WsisConnect.Grains.Abstractions.Prizes;
using WsisConnect.Grains.Abstractions.Privacy;
using WsisConnect.Grains.Badges;
using WsisConnect.Grains.Contacts;
using WsisConnect.Grains.Directory;
using WsisConnect.Grains.Leaderboard;
using WsisConnect.Grains.Messages;
using WsisConnect.Grains.Polls;
using WsisConnect.Grains.Presence;
using WsisConnect.Grains.Privacy;
using WsisConnect.Grains.Prizes;
using WsisConnect.Grains.Profiles;
using WsisConnect.Grains.Questions;
using WsisConnect.Server.Tests.Infrastructure;
using Xunit;

namespace WsisConnect.Server.Tests.Privacy;

/// <summary>
/// The personal-data holders each feature registers: together they fill every part of the download, and after the
/// account is deleted each of them has nothing left about the person (votes stay counted, nameless, by design).
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class PersonalDataHolderTests(ForumServerFixture server)
{
    private static readonly string[] Parts = [.. typeof(PersonalDataDownload).GetProperties().Select(p => p.Name)];

    [Fact]
    public void EveryHolderInTheGrainsIsRegisteredInTheOrderErasureNeeds()
    {
        var registered = server.Services.GetServices<IPersonalDataHolder>().Select(h => h.GetType()).ToArray();
        var written = typeof(GrainsSiloBuilderExtensions).Assembly.GetTypes()
            .Where(t => t.IsClass && !t.IsAbstract && typeof(IPersonalDataHolder).IsAssignableFrom(t));

        Assert.Equal([typeof(QuestionPersonalData), typeof(MessagePersonalData), typeof(ContactPersonalData), typeof(PresencePersonalData),
            typeof(ProfilePersonalData), typeof(DirectoryPersonalData), typeof(BadgePersonalData), typeof(LeaderboardPersonalData),
            typeof(PollPersonalData), typeof(PrizePersonalData)], registered);
        Assert.Empty(written.Except(registered));
    }

    [Fact]
    public async Task TheHoldersFillEveryPartOfTheDownloadAndHoldNothingOnceTheAccountIsDeleted()
    {
        await using var moderator = await server.SignInAsync("Moderator");
        var session = await server.CreateSessionAsync(QuestionMode.Open, moderator);
        var category = new PrizeCategory("h-" + Guid.NewGuid().ToString("N")[..8], "C4 Capacity building", "C4",
            [new Nominee("n1", "Teachers online", "Open Schools", "KE"), new Nominee("n2", "Village coders", "Code Huts", "NP")]);
        await server.Grains.GetGrain<IPrizesGrain>(ForumKeys.Forum)
            .PublishCategoriesAsync(new Caller("test-organiser", "Organiser", ForumRoles.Organiser, Participation.OnSite), [category]);
        await using var leaving = await server.SignInAsync($"Holder {Guid.NewGuid():N}"[..20]);
        await using var friend = await server.SignInAsync("Friend");
        var person = new Caller(leaving.Profile.Id, leaving.Profile.Name, ForumRoles.Attendee, Participation.OnSite);
        await leaving.Api.UpdateMyProfileAsync(NetworkingProfile.Empty with { Bio = "Trainer", ActionLines = ["C4"] });
        await friend.Live.ScanBadge((await leaving.Live.GetBadge()).Token, null, null);
        await leaving.Live.SendMessage(friend.Profile.Id, "Thanks for the chat");
        await leaving.Live.AskQuestion(session.Id, "Who trains the trainers?", anonymous: false);
        await leaving.Live.CheckIn(session.Id, visible: true);
        var poll = await moderator.Live.CreatePoll(session.Id, new PollDraft("Ready?", PollKind.SingleChoice, ["yes", "no"]));
        await moderator.Live.OpenPoll(poll.Id);
        await leaving.Live.Vote(poll.Id, new Ballot([0]));
        await leaving.Api.VotePrizeAsync(category.Id, "n2");
        await Waits.UntilAsync(async () => (await leaving.Api.GetLeaderboardAsync()).MyPoints > 0, "the new contact's points reach the leaderboard");
        var holders = server.Services.GetServices<IPersonalDataHolder>().ToArray();

        var filled = new Dictionary<string, string[]>();
        foreach (var holder in holders)
        {
            var part = new PersonalDataDownload();
            await holder.ExportAsync(person, part);
            filled[holder.GetType().Name] = [.. Parts.Where(p => IsSet(part, p))];
        }

        Assert.Equal(Parts.Order(), filled.Values.SelectMany(p => p).Order());
        Assert.Empty(filled[nameof(BadgePersonalData)]);
        Assert.Empty(filled[nameof(DirectoryPersonalData)]);
        var before = await ExportEachAsync(holders, person);
        Assert.All(Parts, p => Assert.False(IsEmpty(before, p), $"{p} is empty before the deletion: the test made nothing of it."));

        await leaving.Api.DeleteMyAccountAsync();
        // Erasing again finds nothing more to do and does not fail.
        await server.Grains.GetGrain<IAccountGrain>(person.AttendeeId).DeleteAsync(person);

        var after = await ExportEachAsync(holders, person);
        var left = Parts.Where(p => !IsEmpty(after, p)).ToArray();
        Assert.Equal([nameof(PersonalDataDownload.Ballots), nameof(PersonalDataDownload.PrizeVotes)], left);
        Assert.Null(await server.Grains.GetGrain<IDirectoryGrain>(ForumKeys.Forum).GetAsync(person.AttendeeId));
        Assert.True(await server.Grains.GetGrain<IBadgeGrain>(person.AttendeeId).GetCurrentVersionAsync() < 0);
    }

    private static async Task<PersonalDataDownload> ExportEachAsync(IPersonalDataHolder[] holders, Caller person)
    {
        var download = new PersonalDataDownload();
        foreach (var holder in holders) await holder.ExportAsync(person, download);
        return download;
    }

    private static bool IsSet(PersonalDataDownload download, string part) => typeof(PersonalDataDownload).GetProperty(part)!.GetValue(download) is not null;

    /// <summary>Whether a part says nothing about the person: no items, the empty profile, no points.</summary>
    private static bool IsEmpty(PersonalDataDownload download, string part) => typeof(PersonalDataDownload).GetProperty(part)!.GetValue(download) switch
    {
        Array items => items.Length == 0,
        // By value: the profile came through a grain call, its arrays are not the empty profile's instances.
        NetworkingProfile profile => JsonSerializer.Serialize(profile) == JsonSerializer.Serialize(NetworkingProfile.Empty),
        ContactBookView book => book.Contacts.Length + book.Incoming.Length + book.Outgoing.Length + book.Blocked.Length == 0,
        LeaderboardView board => board.MyPoints == 0 && board.MyRank is null,
        var other => throw new InvalidOperationException($"The test does not know when {part} ({other}) is empty."),
    };
}
