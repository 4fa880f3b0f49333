using WsisConnect.Client.Live;
using WsisConnect.Contracts.Agenda;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Imports;
using WsisConnect.Contracts.Questions;
using WsisConnect.Server.Tests.Infrastructure;
using Xunit;

namespace WsisConnect.Server.Tests.Organisers;

/// <summary>Loading the agenda from a pretalx/frab schedule, again and again as the organisers edit it.</summary>
[Collection(OrganiserCollection.Name)]
public sealed class ScheduleImportTests(OrganiserServerFixture server)
{
    [Fact]
    public async Task AScheduleOf250SessionsThenAnEditedOneChangeOpenAgendasLiveAndKeepTheQuestionsOfUnchangedSessions()
    {
        var organiser = await server.OrganiserAsync();
        await using var watcher = await server.SignInAsync("Agenda Watcher");
        var agenda = await LiveAgenda.OpenAsync(watcher.Live, watcher.Api);
        var week = FrabScheduleFile.Week(250);

        var preview = await organiser.ImportAgendaAsync(new MemoryStream(FrabScheduleFile.Json(week)), "application/json", "schedule.json").WaitAsync(Waits.Import);
        Assert.Empty(preview.Errors);
        Assert.Equal((250, 250, 0, 0), (preview.Rows, preview.Added, preview.Changed, preview.Unchanged));
        Assert.Equal(0, (await watcher.Api.GetAgendaAsync()).Sessions.Count(s => week.Any(e => e.EventId == s.Id)));
        var applied = await organiser.ConfirmAgendaImportAsync(preview.Id).WaitAsync(Waits.Import);
        Assert.Equal(250, applied.Added);
        await Waits.UntilAsync(() => Task.FromResult(week.All(e => agenda.Sessions.ContainsKey(e.EventId))), "the open agenda shows the 250 imported sessions");
        var first = agenda.Sessions[week[0].EventId];
        Assert.Equal(("Room A", new DateTimeOffset(2026, 7, 6, 9, 0, 0, TimeSpan.FromHours(2)), SessionFormat.InteractiveSession), (first.Room, first.Start, first.Format));
        Assert.Equal(["C1"], first.ActionLines);
        Assert.Equal(["C7"], agenda.Sessions[week[6].EventId].ActionLines);
        Assert.Equal([3], agenda.Sessions[week[6].EventId].Sdgs);
        Assert.Equal(SessionFormat.ThematicWorkshop, agenda.Sessions[week[1].EventId].Format);

        // Questions in a session the re-export leaves alone, and in the one it moves.
        var unchanged = week[10];
        var moved = week[20];
        await watcher.Live.JoinAsync(unchanged.EventId);
        var kept = await watcher.Live.AskQuestion(unchanged.EventId, "Will this question survive a re-import?", anonymous: false);
        var movedQuestion = await watcher.Live.AskQuestion(moved.EventId, "And this one, in a session that moves?", anonymous: false);

        var renamed = week[30];
        var removed = week[40];
        var added = new FrabEventSpec(Guid.NewGuid().ToString(), 9999, "Added late: youth and AI", "Room K", new DateTimeOffset(2026, 7, 10, 17, 0, 0, TimeSpan.FromHours(2)), 60,
            "Youth SDG 4", "Workshop", ["Youth Speaker"]);
        var edited = week.Where(e => e != removed)
            .Select(e => e == moved ? e with { Room = "Room K", Start = e.Start.AddHours(1) } : e == renamed ? e with { Title = "Renamed: the future of WSIS" } : e)
            .Append(added).ToList();

        var again = await organiser.ImportAgendaAsync(new MemoryStream(FrabScheduleFile.Json(edited)), "application/json", "schedule.json").WaitAsync(Waits.Import);
        Assert.Empty(again.Errors);
        Assert.Equal((1, 2, 1, 247), (again.Added, again.Changed, again.Removed, again.Unchanged));
        Assert.Equal(["room", "start", "end"], again.Changes.Single(c => c.Key == moved.EventId).Fields);
        Assert.Equal(["title"], again.Changes.Single(c => c.Key == renamed.EventId).Fields);
        Assert.Equal(ImportAction.Removed, again.Changes.Single(c => c.Key == removed.EventId).Action);
        var reloadsBefore = agenda.Reloads;
        await organiser.ConfirmAgendaImportAsync(again.Id).WaitAsync(Waits.Import);

        await Waits.UntilAsync(() => Task.FromResult(
            agenda.Sessions.TryGetValue(moved.EventId, out var m) && m.Room == "Room K" && m.Start == moved.Start.AddHours(1)
            && agenda.Sessions.TryGetValue(renamed.EventId, out var r) && r.Title == "Renamed: the future of WSIS"
            && !agenda.Sessions.ContainsKey(removed.EventId) && agenda.Sessions.ContainsKey(added.EventId)), "the open agenda follows the edited schedule");
        Assert.Equal(reloadsBefore, agenda.Reloads);
        Assert.Equal((await watcher.Api.GetAgendaAsync()).Version, agenda.Version);
        Assert.Contains((await watcher.Api.GetQuestionsAsync(unchanged.EventId)).Questions, q => q.Id == kept.Id && q.Text == kept.Text);
        Assert.Contains((await watcher.Api.GetQuestionsAsync(moved.EventId)).Questions, q => q.Id == movedQuestion.Id);
        Assert.Equal(QuestionStatus.Pending, (await watcher.Api.GetQuestionsAsync(unchanged.EventId)).Questions.Single(q => q.Id == kept.Id).Status);

        // The same file once more changes nothing.
        var same = await organiser.ImportAgendaAsync(new MemoryStream(FrabScheduleFile.Json(edited)), "application/json").WaitAsync(Waits.Import);
        Assert.Equal((0, 0, 0, 250), (same.Added, same.Changed, same.Removed, same.Unchanged));
        await organiser.DiscardAgendaImportAsync(same.Id);
    }

    [Fact]
    public async Task AnAgendaCsvWithABomCrlfAndAQuotedNewlineImportsAndKeepsModeratorsAndEditsLive()
    {
        var organiser = await server.OrganiserAsync();
        await using var moderator = await server.SignInAsync("CSV Moderator", roles: ForumRoles.Attendee | ForumRoles.Moderator);
        var csv = "\uFEFFid,title,day,start,end,room,format,action lines,SDGs,speakers,moderators,description\r\n" +
            "csv-1,Opening,2026-07-06,09:00,10:30,Popov,High-level policy session,C1;C11,17,H.E. One;H.E. Two,,\"Welcome.\r\nTwo lines.\"\r\n" +
            "csv-2,Knowledge Café,2026-07-06,11:00,12:00,Room C,Knowledge café,C4,4;5,Host,,Coffee\r\n";
        var preview = await organiser.ImportAgendaAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(csv)), "text/csv", "agenda.csv");
        Assert.Empty(preview.Errors);
        Assert.True(preview.Added >= 2);
        await organiser.ConfirmAgendaImportAsync(preview.Id, skipInvalid: false);
        var opening = await organiser.GetSessionAsync("csv-1");
        Assert.Equal(("Welcome.\r\nTwo lines.", SessionFormat.HighLevelPolicySession), (opening.Description, opening.Format));
        Assert.Equal(["C1", "C11"], opening.ActionLines);
        Assert.Equal(new DateTimeOffset(2026, 7, 6, 9, 0, 0, TimeSpan.FromHours(2)), opening.Start);

        await using var watcher = await server.SignInAsync("CSV Watcher");
        var agenda = await LiveAgenda.OpenAsync(watcher.Live, watcher.Api);
        var draft = new SessionDraft("Opening (moved)", opening.Description, opening.Format, "Popov", opening.Start.AddHours(1), opening.End.AddHours(1),
            opening.ActionLines, opening.Sdgs, null, opening.Speakers, [moderator.Profile.Id], QuestionMode.Open);
        await organiser.UpdateSessionAsync("csv-1", draft);
        await Waits.UntilAsync(() => Task.FromResult(agenda.Sessions.TryGetValue("csv-1", out var s) && s.Title == "Opening (moved)"), "the hand edit reaches the open agenda");
        await moderator.Live.SetQuestionMode("csv-1", QuestionMode.PreModerated);
        Assert.Equal(QuestionMode.PreModerated, (await organiser.GetSessionAsync("csv-1")).QuestionMode);

        // Re-importing the CSV (its moderators column empty) keeps the moderator given by hand.
        var again = await organiser.ImportAgendaAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(csv)), "text/csv", "agenda.csv");
        await organiser.ConfirmAgendaImportAsync(again.Id);
        Assert.Equal([moderator.Profile.Id], (await organiser.GetSessionAsync("csv-1")).ModeratorIds);
        Assert.Equal("Opening", (await organiser.GetSessionAsync("csv-1")).Title);

        var rooms = await organiser.RenameRoomAsync("Room C", "Room C (Café)");
        Assert.Contains("Room C (Café)", rooms);
        await Waits.UntilAsync(() => Task.FromResult(agenda.Sessions.TryGetValue("csv-2", out var s) && s.Room == "Room C (Café)"), "the renamed room reaches the open agenda");
        var refused = await Assert.ThrowsAsync<WsisConnect.Client.Http.ForumApiException>(() => organiser.RemoveRoomAsync("Room C (Café)"));
        Assert.Equal("room.not_empty", refused.Code);
    }
}
