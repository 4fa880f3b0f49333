using System.Globalization;
using CsvHelper;
using WsisConnect.Contracts.Outcome;

namespace WsisConnect.Server.Features.Outcome;

/// <summary>
/// A session's questions and poll results as one CSV table for its moderators: a row per question, then per poll a
/// row with its voters and a row per option, rating value or word.
/// </summary>
public static class SessionOutcomeCsv
{
    /// <summary>The header row.</summary>
    public static readonly string[] Header = ["item", "item_id", "text", "status", "origin", "upvotes", "asked_at", "option", "on_site", "remote"];

    /// <summary>Writes the session's export.</summary>
    public static async Task WriteAsync(CsvWriter csv, SessionOutcome outcome)
    {
        await OutcomeCsv.RowAsync(csv, Header);
        foreach (var q in outcome.Questions)
        {
            await OutcomeCsv.RowAsync(csv, ["question", Number(q.Id), q.Text, q.Status.ToString(), q.Origin.ToString(), Number(q.Upvotes),
                q.AskedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), "", "", ""]);
        }
        foreach (var poll in outcome.Polls)
        {
            await OutcomeCsv.RowAsync(csv, ["poll", poll.PollId, poll.Question, poll.Status.ToString(), poll.Kind.ToString(), "", "", "", Number(poll.VotersOnSite), Number(poll.VotersRemote)]);
            foreach (var result in poll.Results)
            {
                await OutcomeCsv.RowAsync(csv, ["poll_result", poll.PollId, "", "", "", "", "", result.Label, Number(result.OnSite), Number(result.Remote)]);
            }
        }
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
