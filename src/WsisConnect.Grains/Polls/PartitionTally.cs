using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Polls;
using WsisConnect.Grains.Abstractions.Polls;

namespace WsisConnect.Grains.Polls;

/// <summary>Running counts of one partition, kept exact by adding each new ballot and taking back the one it replaces.</summary>
public sealed class PartitionTally(PollDraft draft)
{
    private readonly int[] _onSite = new int[Buckets(draft)];
    private readonly int[] _remote = new int[Buckets(draft)];
    private readonly Dictionary<string, (int OnSite, int Remote)> _words = new(StringComparer.Ordinal);
    private int _onSiteVoters;
    private int _remoteVoters;

    /// <summary>Counts <paramref name="ballot"/> once (<paramref name="sign"/> 1) or takes it back (-1).</summary>
    public void Apply(Ballot ballot, Participation where, int sign)
    {
        var counts = where == Participation.OnSite ? _onSite : _remote;
        if (where == Participation.OnSite) _onSiteVoters += sign; else _remoteVoters += sign;
        foreach (var option in ballot.Options)
        {
            counts[option] += sign;
        }
        if (ballot.Rating is { } rating)
        {
            counts[rating - draft.RatingMin] += sign;
        }
        if (draft.Kind == PollKind.WordCloud && ballot.Text is { } word)
        {
            var (onSite, remote) = _words.GetValueOrDefault(word);
            var next = where == Participation.OnSite ? (onSite + sign, remote) : (onSite, remote + sign);
            if (next is (0, 0)) _words.Remove(word); else _words[word] = next;
        }
    }

    /// <summary>A copy to report.</summary>
    public PollPartitionTally ToReport(int partition, long version, TextEntry[] entries) => new(
        partition, version, _onSiteVoters, _remoteVoters,
        [.. _onSite.Select((c, i) => new OptionCount(c, _remote[i]))],
        [.. _words.Select(w => new WordCount(w.Key, w.Value.OnSite, w.Value.Remote))],
        entries);

    /// <summary>Options for choice polls, one bucket per value for ratings, none for word clouds.</summary>
    public static int Buckets(PollDraft draft) => draft.Kind switch
    {
        PollKind.Rating => draft.RatingMax - draft.RatingMin + 1,
        PollKind.WordCloud or PollKind.OpenText => 0,
        _ => draft.Options.Length,
    };
}
