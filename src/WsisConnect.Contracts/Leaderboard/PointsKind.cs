namespace WsisConnect.Contracts.Leaderboard;

/// <summary>What earns engagement points; each kind has its own hourly cap.</summary>
public enum PointsKind
{
    /// <summary>Asking a question.</summary>
    Asked = 0,
    /// <summary>Someone else upvoting one's question.</summary>
    QuestionUpvoted = 1,
    /// <summary>Voting in a poll.</summary>
    Voted = 2,
    /// <summary>A right quiz answer (points by speed).</summary>
    Quiz = 3,
    /// <summary>Checking in to a session.</summary>
    CheckedIn = 4,
    /// <summary>Making a contact.</summary>
    Contact = 5,
}
