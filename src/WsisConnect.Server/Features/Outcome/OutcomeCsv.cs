using System.Globalization;
using CsvHelper;
using WsisConnect.Contracts.Outcome;
using WsisConnect.Server.Features.Imports;

namespace WsisConnect.Server.Features.Outcome;

/// <summary>
/// The outcome report as one tidy CSV table (docs/outcome-report.md): a row per figure,
/// <c>scope,scope_id,measure,category,value</c>, so every part of the forum, every country cell, every poll
/// option and every prize category fits the same five columns.
/// </summary>
public static class OutcomeCsv
{
    /// <summary>The header row.</summary>
    public static readonly string[] Header = ["scope", "scope_id", "measure", "category", "value"];

    /// <summary>Writes the whole report.</summary>
    public static async Task WriteAsync(CsvWriter csv, OutcomeReport report)
    {
        await RowAsync(csv, Header);
        await FiguresAsync(csv, "forum", "", report.Forum);
        foreach (var day in report.Days) await FiguresAsync(csv, "day", day.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), day.Figures);
        foreach (var line in report.ActionLines) await FiguresAsync(csv, "action_line", line.Tag, line.Figures);
        foreach (var sdg in report.Sdgs) await FiguresAsync(csv, "sdg", sdg.Tag, sdg.Figures);
        foreach (var session in report.Sessions)
        {
            await FiguresAsync(csv, "session", session.SessionId, session.Figures);
            foreach (var poll in session.Polls) await PollAsync(csv, poll);
        }
        foreach (var category in report.Prizes.Categories)
        {
            await ValueAsync(csv, "prize_category", category.CategoryId, "prize_votes", "", category.Votes);
            foreach (var winner in category.Winners) await ValueAsync(csv, "prize_category", category.CategoryId, "winner_votes", winner.NomineeId, winner.Votes);
        }
    }

    private static async Task FiguresAsync(CsvWriter csv, string scope, string id, OutcomeFigures f)
    {
        await ValueAsync(csv, scope, id, "sessions_scheduled", "", f.SessionsScheduled);
        await ValueAsync(csv, scope, id, "sessions_held", "", f.SessionsHeld);
        await ValueAsync(csv, scope, id, "participants_on_site", "", f.ParticipantsOnSite);
        await ValueAsync(csv, scope, id, "participants_remote", "", f.ParticipantsRemote);
        await ValueAsync(csv, scope, id, "countries", "", f.Countries);
        foreach (var cell in f.ByCountry) await ValueAsync(csv, scope, id, "participants_by_country", cell.Country, cell.Participants);
        await ValueAsync(csv, scope, id, "questions_asked", "", f.QuestionsAsked);
        await ValueAsync(csv, scope, id, "questions_answered", "", f.QuestionsAnswered);
        await ValueAsync(csv, scope, id, "polls_run", "", f.PollsRun);
        await ValueAsync(csv, scope, id, "poll_voters", "", f.PollVoters);
        if (f.ContactsMade is { } contacts) await ValueAsync(csv, scope, id, "contacts_made", "", contacts);
        if (f.PrizeVotes is { } prizes) await ValueAsync(csv, scope, id, "prize_votes", "", prizes);
    }

    private static async Task PollAsync(CsvWriter csv, OutcomePoll poll)
    {
        await ValueAsync(csv, "poll", poll.PollId, "voters_on_site", "", poll.VotersOnSite);
        await ValueAsync(csv, "poll", poll.PollId, "voters_remote", "", poll.VotersRemote);
        foreach (var result in poll.Results)
        {
            await ValueAsync(csv, "poll", poll.PollId, "votes_on_site", result.Label, result.OnSite);
            await ValueAsync(csv, "poll", poll.PollId, "votes_remote", result.Label, result.Remote);
        }
    }

    private static Task ValueAsync(CsvWriter csv, string scope, string id, string measure, string category, long value) =>
        RowAsync(csv, [scope, id, measure, category, value.ToString(CultureInfo.InvariantCulture)]);

    /// <summary>Writes one row of formula-safe cells.</summary>
    internal static async Task RowAsync(CsvWriter csv, IEnumerable<string> cells)
    {
        foreach (var cell in cells) csv.WriteField(CsvCells.Safe(cell));
        await csv.NextRecordAsync();
    }
}
