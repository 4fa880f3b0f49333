using WsisConnect.Contracts.Leaderboard;

namespace WsisConnect.Grains.Leaderboard;

/// <summary>Points per kind of engagement and how many awards of each kind count per person per hour.</summary>
public static class PointsRules
{
    /// <summary>The points of one award (quiz awards carry their own, by speed).</summary>
    public static int Points(PointsKind kind) => kind switch
    {
        PointsKind.Asked => 5,
        PointsKind.QuestionUpvoted => 2,
        PointsKind.Voted => 1,
        PointsKind.Quiz => 5,
        PointsKind.CheckedIn => 3,
        PointsKind.Contact => 5,
        _ => 0,
    };

    /// <summary>Awards of a kind that count per person per clock hour; more are ignored, so nobody farms points.</summary>
    public static int HourlyCap(PointsKind kind) => kind switch
    {
        PointsKind.Asked => 6,
        PointsKind.QuestionUpvoted => 30,
        PointsKind.Voted => 20,
        PointsKind.Quiz => 10,
        PointsKind.CheckedIn => 6,
        PointsKind.Contact => 20,
        _ => 0,
    };
}
