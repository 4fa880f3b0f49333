using System.Globalization;
using WsisConnect.Client.Http;
using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Questions;
using Xunit;

namespace WsisConnect.Server.Tests.Outcome;

/// <summary>The outcome report of a scripted mini forum, in JSON and CSV, equals what the script did, with small cells merged.</summary>
[Collection(OutcomeCollection.Name)]
public sealed class OutcomeReportTests(OutcomeServerFixture server)
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task EveryFigureOfTheReportIsWhatTheForumDidInJsonAndCsv()
    {
        var forum = await server.ForumAsync().WaitAsync(TimeSpan.FromMinutes(2));
        var organiser = forum.Organiser.Api;

        var before = await organiser.GetOutcomeAsync().WaitAsync(Limit);
        Assert.False(before.Prizes.WinnersPublished);
        Assert.All(before.Prizes.Categories, c => Assert.Empty(c.Winners));
        await organiser.PublishPrizeWinnersAsync().WaitAsync(Limit);
        var report = await organiser.GetOutcomeAsync().WaitAsync(Limit);
        var csv = await organiser.ExportOutcomeAsync().WaitAsync(Limit);

        var json = OutcomeRows.Of(report);
        Assert.Equal(json.OrderBy(r => r.Key).ToList(), OutcomeRows.Of(csv).OrderBy(r => r.Key).ToList());
        var expected = Expected(forum, DateOnly.FromDateTime(report.GeneratedAt.UtcDateTime));
        var nonZero = json.Where(r => r.Value != 0).ToDictionary();
        Assert.Empty(expected.Where(e => !nonZero.TryGetValue(e.Key, out var v) || v != e.Value).Select(e => $"{e.Key}: expected {e.Value}, got {json.GetValueOrDefault(e.Key)}"));
        Assert.Empty(nonZero.Keys.Except(expected.Keys).Select(k => $"{k} = {nonZero[k]} was not done by the script"));
        // No published country cell names fewer than five people.
        Assert.DoesNotContain(json, r => r.Key.Measure == "participants_by_country" && r.Key.Category != "other" && r.Value < 5);
        Assert.Equal(["C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "C9", "C10", "C11"], report.ActionLines.Select(l => l.Tag));
        Assert.Equal(17, report.Sdgs.Length);
    }

    [Fact]
    public async Task ASessionsModeratorExportsItsQuestionsAndPollsAndOthersAreRefused()
    {
        var forum = await server.ForumAsync().WaitAsync(TimeSpan.FromMinutes(2));

        var export = await forum.Moderator.Api.GetSessionOutcomeAsync(forum.Opening.Id).WaitAsync(Limit);
        var csv = await forum.Organiser.Api.ExportSessionOutcomeAsync(forum.Opening.Id).WaitAsync(Limit);
        var refused = await Assert.ThrowsAsync<ForumApiException>(() => forum.Swiss[0].Api.GetSessionOutcomeAsync(forum.Opening.Id).WaitAsync(Limit));
        var refusedCsv = await Assert.ThrowsAsync<ForumApiException>(() => forum.Kenyans[0].Api.ExportSessionOutcomeAsync(forum.Opening.Id).WaitAsync(Limit));

        Assert.Equal([QuestionStatus.Answered, QuestionStatus.Approved, QuestionStatus.Dismissed], export.Questions.Select(q => q.Status));
        Assert.Equal([forum.PollIds["single"], forum.PollIds["multiple"]], export.Polls.Select(p => p.PollId));
        Assert.Equal((ErrorCodes.Forbidden, ErrorCodes.Forbidden), (refused.Code, refusedCsv.Code));
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("item,item_id,text,status,origin,upvotes,asked_at,option,on_site,remote", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("question,1,How do we fund rural access?,Answered,OnSite,0,", StringComparison.Ordinal));
        Assert.Contains($"poll,{forum.PollIds["single"]},Is access a right?,Closed,SingleChoice,,,,4,1", lines);
        Assert.Contains($"poll_result,{forum.PollIds["single"]},,,,,,yes,4,0", lines);
        Assert.DoesNotContain(lines, l => l.Contains("Swiss", StringComparison.Ordinal) || l.Contains("Kenyan", StringComparison.Ordinal));
    }

    /// <summary>Every figure the script made non-zero; every other figure of the report must be zero.</summary>
    private static Dictionary<(string Scope, string Id, string Measure, string Category), long> Expected(MiniForum f, DateOnly contactsDay)
    {
        var rows = new Dictionary<(string, string, string, string), long>();
        void Put(string scope, string id, string measure, long value, string category = "")
        {
            if (value != 0) rows[(scope, id, measure, category)] = value;
        }
        void People(string scope, string id, int onSite, int remote, int countries, params (string Country, int N)[] cells)
        {
            Put(scope, id, "participants_on_site", onSite);
            Put(scope, id, "participants_remote", remote);
            Put(scope, id, "countries", countries);
            foreach (var (country, n) in cells) Put(scope, id, "participants_by_country", n, country);
        }
        void Activity(string scope, string id, int scheduled, int held, int asked, int answered, int polls, int voters)
        {
            Put(scope, id, "sessions_scheduled", scheduled);
            Put(scope, id, "sessions_held", held);
            Put(scope, id, "questions_asked", asked);
            Put(scope, id, "questions_answered", answered);
            Put(scope, id, "polls_run", polls);
            Put(scope, id, "poll_voters", voters);
        }
        // The opening's 14: six Swiss and five Kenyans on site, two Brazilians and one French remote (BR and FR merged).
        void Everyone(string scope, string id) => People(scope, id, 11, 3, 4, ("CH", 6), ("KE", 5), ("other", 3));
        void Cooperators(string scope, string id) => People(scope, id, 6, 1, 3, ("CH", 5), ("other", 2));

        string day1 = "2025-07-07", day2 = "2025-07-08";
        Everyone("forum", ""); Activity("forum", "", 4, 3, 4, 2, 6, 15);
        Put("forum", "", "contacts_made", 2); Put("forum", "", "prize_votes", 4);
        Everyone("day", day1); Activity("day", day1, 2, 2, 3, 1, 3, 9);
        Cooperators("day", day2); Activity("day", day2, 2, 1, 1, 1, 3, 6);
        Put("day", contactsDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "contacts_made", 2);
        Everyone("session", f.Opening.Id); Activity("session", f.Opening.Id, 1, 1, 3, 1, 2, 7);
        People("session", f.Security.Id, 3, 1, 2, ("other", 4)); Activity("session", f.Security.Id, 1, 1, 0, 0, 1, 2);
        Cooperators("session", f.Cooperation.Id); Activity("session", f.Cooperation.Id, 1, 1, 1, 1, 3, 6);
        Activity("session", f.Empty.Id, 1, 0, 0, 0, 0, 0);
        Everyone("action_line", "C1"); Activity("action_line", "C1", 2, 2, 4, 2, 5, 13); Put("action_line", "C1", "prize_votes", 3);
        Activity("action_line", "C2", 1, 0, 0, 0, 0, 0);
        People("action_line", "C5", 3, 1, 2, ("other", 4)); Activity("action_line", "C5", 1, 1, 0, 0, 1, 2); Put("action_line", "C5", "prize_votes", 1);
        Everyone("action_line", "C11"); Activity("action_line", "C11", 1, 1, 3, 1, 2, 7);
        People("sdg", "9", 6, 2, 4, ("CH", 5), ("other", 3)); Activity("sdg", "9", 2, 2, 1, 1, 4, 8);
        Everyone("sdg", "17"); Activity("sdg", "17", 2, 2, 4, 2, 5, 13);

        void Poll(string name, int votersOnSite, int votersRemote, params (string Label, int OnSite, int Remote)[] results)
        {
            var id = f.PollIds[name];
            Put("poll", id, "voters_on_site", votersOnSite);
            Put("poll", id, "voters_remote", votersRemote);
            foreach (var (label, onSite, remote) in results)
            {
                Put("poll", id, "votes_on_site", onSite, label);
                Put("poll", id, "votes_remote", remote, label);
            }
        }
        Poll("single", 4, 1, ("yes", 4, 0), ("no", 0, 1));
        Poll("multiple", 2, 0, ("skills", 1, 0), ("spectrum", 2, 0));
        Poll("rating", 1, 1, ("4", 1, 0), ("5", 0, 1));
        Poll("words", 2, 1, ("inclusion", 2, 0), ("trust", 0, 1));
        Poll("quiz", 2, 0, ("2003", 1, 0), ("2005", 1, 0));
        Poll("text", 1, 0);

        Put("prize_category", f.LineOne.Id, "prize_votes", 3);
        Put("prize_category", f.LineOne.Id, "winner_votes", 2, "o-n1");
        Put("prize_category", f.LineFive.Id, "prize_votes", 1);
        Put("prize_category", f.LineFive.Id, "winner_votes", 1, "o-n3");
        return rows;
    }
}
