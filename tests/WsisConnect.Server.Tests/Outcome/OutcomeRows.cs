using System.Globalization;
using WsisConnect.Contracts.Outcome;

namespace WsisConnect.Server.Tests.Outcome;

/// <summary>
/// The report read as docs/outcome-report.md describes its CSV, a (scope, scope_id, measure, category) → value table:
/// from the JSON report here, written independently of the server's CSV code, and from the CSV text.
/// </summary>
public static class OutcomeRows
{
    /// <summary>The JSON report as rows.</summary>
    public static Dictionary<(string Scope, string Id, string Measure, string Category), long> Of(OutcomeReport report)
    {
        var rows = new Dictionary<(string, string, string, string), long>();
        void Figures(string scope, string id, OutcomeFigures f)
        {
            rows[(scope, id, "sessions_scheduled", "")] = f.SessionsScheduled;
            rows[(scope, id, "sessions_held", "")] = f.SessionsHeld;
            rows[(scope, id, "participants_on_site", "")] = f.ParticipantsOnSite;
            rows[(scope, id, "participants_remote", "")] = f.ParticipantsRemote;
            rows[(scope, id, "countries", "")] = f.Countries;
            foreach (var cell in f.ByCountry) rows[(scope, id, "participants_by_country", cell.Country)] = cell.Participants;
            rows[(scope, id, "questions_asked", "")] = f.QuestionsAsked;
            rows[(scope, id, "questions_answered", "")] = f.QuestionsAnswered;
            rows[(scope, id, "polls_run", "")] = f.PollsRun;
            rows[(scope, id, "poll_voters", "")] = f.PollVoters;
            if (f.ContactsMade is { } contacts) rows[(scope, id, "contacts_made", "")] = contacts;
            if (f.PrizeVotes is { } prizes) rows[(scope, id, "prize_votes", "")] = prizes;
        }
        Figures("forum", "", report.Forum);
        foreach (var day in report.Days) Figures("day", day.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), day.Figures);
        foreach (var line in report.ActionLines) Figures("action_line", line.Tag, line.Figures);
        foreach (var sdg in report.Sdgs) Figures("sdg", sdg.Tag, sdg.Figures);
        foreach (var session in report.Sessions)
        {
            Figures("session", session.SessionId, session.Figures);
            foreach (var poll in session.Polls)
            {
                rows[("poll", poll.PollId, "voters_on_site", "")] = poll.VotersOnSite;
                rows[("poll", poll.PollId, "voters_remote", "")] = poll.VotersRemote;
                foreach (var result in poll.Results)
                {
                    rows[("poll", poll.PollId, "votes_on_site", result.Label)] = result.OnSite;
                    rows[("poll", poll.PollId, "votes_remote", result.Label)] = result.Remote;
                }
            }
        }
        foreach (var category in report.Prizes.Categories)
        {
            rows[("prize_category", category.CategoryId, "prize_votes", "")] = category.Votes;
            foreach (var winner in category.Winners) rows[("prize_category", category.CategoryId, "winner_votes", winner.NomineeId)] = winner.Votes;
        }
        return rows;
    }

    /// <summary>The CSV export as rows; a row seen twice fails.</summary>
    public static Dictionary<(string Scope, string Id, string Measure, string Category), long> Of(string csv)
    {
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        if (lines[0] != "scope,scope_id,measure,category,value")
        {
            throw new FormatException($"Unexpected header: {lines[0]}");
        }
        var rows = new Dictionary<(string, string, string, string), long>();
        foreach (var line in lines.Skip(1))
        {
            // The script's labels and ids hold no commas or quotes, so a plain split reads them.
            var cells = line.Split(',');
            rows.Add((cells[0], cells[1], cells[2], cells[3]), long.Parse(cells[4], CultureInfo.InvariantCulture));
        }
        return rows;
    }
}
