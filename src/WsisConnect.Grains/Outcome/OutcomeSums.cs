using WsisConnect.Contracts.Agenda;
using WsisConnect.Contracts.Networking;
using WsisConnect.Contracts.Outcome;
using WsisConnect.Contracts.Questions;
using WsisConnect.Grains.Abstractions.Presence;
using WsisConnect.Grains.Abstractions.Questions;

namespace WsisConnect.Grains.Outcome;

/// <summary>
/// Turns what the features counted into the report: participants are read per scope (people are distinct there,
/// so they cannot be summed from sessions), everything else is summed over the scope's sessions.
/// </summary>
public static class OutcomeSums
{
    /// <summary>The report of <paramref name="activity"/> at <paramref name="now"/>.</summary>
    public static OutcomeReport Report(OutcomeActivity activity, DateTimeOffset now)
    {
        var sessions = activity.Sessions;
        var held = sessions.Where(s => Held(s, activity)).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        OutcomeFigures Sum(IReadOnlyList<SessionDetails> part, string scope, int? contacts, long? prizeVotes)
        {
            var tally = activity.Attendance.GetValueOrDefault(scope) ?? new AttendanceTally(scope, 0, 0, []);
            var questions = part.Select(s => activity.Questions.GetValueOrDefault(s.Id)).OfType<QuestionCount>().ToList();
            var polls = part.SelectMany(s => activity.Polls.GetValueOrDefault(s.Id) ?? []).ToList();
            return new OutcomeFigures(
                part.Count, part.Count(s => held.Contains(s.Id)), tally.OnSite, tally.Remote,
                SmallCells.Countries(tally.ByCountry), SmallCells.Merge(tally.ByCountry),
                questions.Sum(q => q.Asked), questions.Sum(q => q.Answered),
                polls.Count, polls.Sum(p => p.VotersOnSite + p.VotersRemote), contacts, prizeVotes);
        }

        var days = sessions.Select(s => s.Day).Union(activity.ContactsMade.Keys).Order()
            .Select(d => new OutcomeDay(d, Sum([.. sessions.Where(s => s.Day == d)], AttendanceScope.Day(d), activity.ContactsMade.GetValueOrDefault(d), null)))
            .ToArray();
        var lines = OutcomeActivity.ActionLines
            .Select(l => new OutcomeTag(l, Sum([.. sessions.Where(s => s.ActionLines.Contains(l, StringComparer.Ordinal))], AttendanceScope.ActionLine(l), null,
                activity.Prizes.Categories.Where(c => c.ActionLine == l).Sum(c => c.Votes))))
            .ToArray();
        var sdgs = OutcomeActivity.Sdgs
            .Select(g => new OutcomeTag(g.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Sum([.. sessions.Where(s => s.Sdgs.Contains(g))], AttendanceScope.Sdg(g), null, null)))
            .ToArray();
        var bySession = sessions
            .Select(s => new OutcomeSession(s.Id, s.Title, s.Day, s.Format, s.Status, s.ActionLines, s.Sdgs,
                Sum([s], AttendanceScope.Session(s.Id), null, null), activity.Polls.GetValueOrDefault(s.Id) ?? []))
            .ToArray();
        var forum = Sum(sessions, AttendanceScope.Forum, activity.ContactsMade.Values.Sum(), activity.Prizes.Votes);
        return new OutcomeReport(now, SmallCells.Threshold, forum, days, lines, sdgs, bySession, activity.Prizes);
    }

    /// <summary>A session was held when a moderator started it, or when anyone checked in to it.</summary>
    private static bool Held(SessionDetails session, OutcomeActivity activity) =>
        session.Status != SessionStatus.Scheduled
        || activity.Attendance.GetValueOrDefault(AttendanceScope.Session(session.Id)) is { } t && t.OnSite + t.Remote > 0;
}
