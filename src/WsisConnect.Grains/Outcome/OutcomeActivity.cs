using WsisConnect.Contracts.Agenda;
using WsisConnect.Contracts.Networking;
using WsisConnect.Contracts.Outcome;
using WsisConnect.Contracts.Questions;
using WsisConnect.Grains.Abstractions.Presence;
using WsisConnect.Grains.Abstractions.Questions;

namespace WsisConnect.Grains.Outcome;

/// <summary>What each feature counted, gathered for one report: the agenda, participants per scope, questions and polls per session, contacts per day, the prizes.</summary>
public sealed record OutcomeActivity(
    IReadOnlyList<SessionDetails> Sessions,
    IReadOnlyDictionary<string, AttendanceTally> Attendance,
    IReadOnlyDictionary<string, QuestionCount> Questions,
    IReadOnlyDictionary<string, OutcomePoll[]> Polls,
    IReadOnlyDictionary<DateOnly, int> ContactsMade,
    OutcomePrizes Prizes)
{
    /// <summary>The WSIS action lines, listed in every report even when no session carries one.</summary>
    public static readonly string[] ActionLines = [.. Enumerable.Range(1, 11).Select(i => "C" + i)];

    /// <summary>The 17 SDGs.</summary>
    public static readonly int[] Sdgs = [.. Enumerable.Range(1, 17)];

    /// <summary>Every scope whose participants the report reads.</summary>
    public static string[] Scopes(IReadOnlyList<SessionDetails> sessions) =>
    [
        AttendanceScope.Forum,
        .. sessions.Select(s => s.Day).Distinct().Select(AttendanceScope.Day),
        .. sessions.Select(s => AttendanceScope.Session(s.Id)),
        .. ActionLines.Select(AttendanceScope.ActionLine),
        .. Sdgs.Select(AttendanceScope.Sdg),
    ];
}
