using System.Globalization;
using WsisConnect.Contracts.Outcome;
using WsisConnect.Contracts.Polls;

namespace WsisConnect.Grains.Outcome;

/// <summary>A poll as the outcome publishes it: counts per option, rating value or word, never open-text answers.</summary>
public static class PollOutcomes
{
    /// <summary>Whether the poll was ever opened (drafts are not part of the outcome).</summary>
    public static bool WasRun(PollView view) => view.Poll.Status != PollStatus.Draft;

    /// <summary>The published form of <paramref name="view"/>, seen as a moderator sees it (with results).</summary>
    public static OutcomePoll From(PollView view)
    {
        var poll = view.Poll;
        var draft = poll.Definition;
        var results = view.Results;
        OutcomePollResult[] counts = draft.Kind switch
        {
            PollKind.WordCloud => [.. (results?.Words ?? []).Select(w => new OutcomePollResult(w.Word, w.OnSite, w.Remote))],
            PollKind.OpenText => [],
            _ => [.. (results?.Options ?? []).Select((o, i) => new OutcomePollResult(Label(draft, i), o.OnSite, o.Remote,
                Correct: draft.Kind == PollKind.Quiz && draft.CorrectOption == i))],
        };
        return new OutcomePoll(poll.Id, poll.SessionId, draft.Question, draft.Kind, poll.Status,
            results?.OnSiteVoters ?? 0, results?.RemoteVoters ?? 0, counts);
    }

    private static string Label(PollDraft draft, int index) => draft.Kind == PollKind.Rating
        ? (draft.RatingMin + index).ToString(CultureInfo.InvariantCulture)
        : index < draft.Options.Length ? draft.Options[index] : index.ToString(CultureInfo.InvariantCulture);
}
