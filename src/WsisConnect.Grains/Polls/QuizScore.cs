using WsisConnect.Contracts.Polls;

namespace WsisConnect.Grains.Polls;

/// <summary>What a quiz answer scores: 500 for the right option plus up to 500 more the faster it came; 0 when wrong.</summary>
public static class QuizScore
{
    /// <summary>The score of <paramref name="ballot"/>, or null when the poll is no quiz or never opened.</summary>
    public static int? Of(PollDetails poll, StoredBallot ballot)
    {
        if (poll.Definition.Kind != PollKind.Quiz || poll.OpenedAt is not { } opened)
        {
            return null;
        }
        if (ballot.Ballot.Options is not [var chosen] || chosen != poll.Definition.CorrectOption)
        {
            return 0;
        }
        var left = Math.Clamp(1 - ((ballot.At ?? opened) - opened).TotalSeconds / poll.Definition.CountdownSeconds, 0, 1);
        return 500 + (int)Math.Round(500 * left);
    }
}
