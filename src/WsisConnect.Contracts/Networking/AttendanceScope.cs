using System.Globalization;
using WsisConnect.Contracts.Agenda;

namespace WsisConnect.Contracts.Networking;

/// <summary>
/// The parts of the forum whose participants are counted apart, each once per person: the whole week, a day, a
/// session, an action line and an SDG. A check-in counts the person in every part its session belongs to.
/// </summary>
public static class AttendanceScope
{
    /// <summary>The whole forum.</summary>
    public const string Forum = "forum";

    /// <summary>A forum day.</summary>
    public static string Day(DateOnly date) => "day:" + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A session.</summary>
    public static string Session(string sessionId) => "session:" + sessionId;

    /// <summary>A WSIS action line, <c>C1</c> to <c>C11</c>.</summary>
    public static string ActionLine(string line) => "line:" + line;

    /// <summary>A Sustainable Development Goal, 1 to 17.</summary>
    public static string Sdg(int goal) => "sdg:" + goal.ToString(CultureInfo.InvariantCulture);

    /// <summary>Every part a check-in to <paramref name="session"/> counts in.</summary>
    public static string[] Of(SessionDetails session) =>
    [
        Forum, Day(session.Day), Session(session.Id),
        .. session.ActionLines.Distinct(StringComparer.Ordinal).Select(ActionLine),
        .. session.Sdgs.Distinct().Select(Sdg),
    ];
}
