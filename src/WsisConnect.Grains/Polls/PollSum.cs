using WsisConnect.Contracts.Polls;
using WsisConnect.Grains.Abstractions.Polls;

namespace WsisConnect.Grains.Polls;

/// <summary>Adds the partitions' counts into a poll's results.</summary>
public static class PollSum
{
    /// <summary>How many word-cloud answers the results carry.</summary>
    public const int TopWords = 60;

    /// <summary>The results of <paramref name="poll"/> from its partitions' latest counts, stamped <paramref name="version"/>.</summary>
    /// <remarks>
    /// The version is the poll grain's own, not derived from the partitions': a sum over the partitions heard from
    /// so far went backwards when the poll grain was reactivated on another node, and clients that keep the highest
    /// version then dropped the correct result.
    /// </remarks>
    public static PollResults Of(PollDetails poll, IEnumerable<PollPartitionTally> tallies, long version)
    {
        var buckets = PartitionTally.Buckets(poll.Definition);
        var onSite = new int[buckets];
        var remote = new int[buckets];
        var words = new Dictionary<string, (int OnSite, int Remote)>(StringComparer.Ordinal);
        var entries = new List<TextEntry>();
        int onSiteVoters = 0, remoteVoters = 0;
        foreach (var tally in tallies)
        {
            onSiteVoters += tally.OnSiteVoters;
            remoteVoters += tally.RemoteVoters;
            for (var i = 0; i < Math.Min(buckets, tally.Options.Length); i++)
            {
                onSite[i] += tally.Options[i].OnSite;
                remote[i] += tally.Options[i].Remote;
            }
            entries.AddRange(tally.Entries);
            foreach (var word in tally.Words)
            {
                var (s, r) = words.GetValueOrDefault(word.Word);
                words[word.Word] = (s + word.OnSite, r + word.Remote);
            }
        }
        return new PollResults(poll.Id, version, onSiteVoters, remoteVoters,
            [.. onSite.Select((c, i) => new OptionCount(c, remote[i]))],
            [.. words.OrderByDescending(w => w.Value.OnSite + w.Value.Remote).ThenBy(w => w.Key, StringComparer.Ordinal).Take(TopWords)
                .Select(w => new WordCount(w.Key, w.Value.OnSite, w.Value.Remote))],
            [.. entries.OrderBy(e => e.At)]);
    }

    /// <summary>Whether two results count the same votes, whatever their versions.</summary>
    public static bool SameCounts(PollResults a, PollResults b) =>
        a.OnSiteVoters == b.OnSiteVoters && a.RemoteVoters == b.RemoteVoters
        && a.Options.SequenceEqual(b.Options) && a.Words.SequenceEqual(b.Words) && a.Entries.SequenceEqual(b.Entries);

    /// <summary>What participants may see of results: open-text answers only once approved.</summary>
    public static PollResults ForParticipants(PollResults results) =>
        results.Entries.Length == 0 ? results : results with { Entries = [.. results.Entries.Where(e => e.Status == EntryStatus.Approved)] };
}
