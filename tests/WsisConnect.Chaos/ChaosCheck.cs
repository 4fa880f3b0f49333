using System.Diagnostics;
using WsisConnect.Client.Http;
using WsisConnect.Client.Live;
using WsisConnect.Contracts.Polls;
using WsisConnect.Contracts.Questions;

namespace WsisConnect.Chaos;

/// <summary>
/// After a chaos run: the store holds exactly what was acknowledged (nothing lost, nothing twice), and every client's
/// copy of the queue and of each poll's results comes to the true state by pushes alone (a client whose connection
/// was moved to another node lists the polls again, as the PWA does).
/// </summary>
public static class ChaosCheck
{
    private static readonly TimeSpan ConvergenceBound = TimeSpan.FromSeconds(30);

    /// <summary>Every violation found; empty when the run was clean.</summary>
    public static async Task<IReadOnlyList<string>> VerifyAsync(
        ForumApiClient moderatorApi, IReadOnlyList<ChaosPerson> people, IReadOnlyList<string> polls,
        AcknowledgedWrites ledger, CancellationToken cancellationToken)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var questions = (await moderatorApi.GetQuestionsAsync(ChaosRun.Session, cancellationToken)).Questions;
            var results = new Dictionary<string, PollResults>(StringComparer.Ordinal);
            foreach (var poll in polls)
            {
                results[poll] = (await moderatorApi.GetPollAsync(poll, cancellationToken)).Results!;
            }
            var stale = Stale(people, questions, results);
            if (stale.Count == 0 || waited.Elapsed > ConvergenceBound)
            {
                return [.. stale, .. await AgainstLedgerAsync(people, questions, results, ledger)];
            }
            await Task.Delay(500, cancellationToken);
        }
    }

    /// <summary>Clients whose copy differs from the truth.</summary>
    private static List<string> Stale(IReadOnlyList<ChaosPerson> people, IReadOnlyList<QuestionView> questions, Dictionary<string, PollResults> results)
    {
        var truth = questions.Where(q => q.Status is QuestionStatus.Approved or QuestionStatus.Answered)
            .ToDictionary(q => q.Id, q => (q.Upvotes, q.Status));
        var stale = new List<string>();
        foreach (var person in people)
        {
            var seen = person.Queue.Questions.Where(q => q.Status is QuestionStatus.Approved or QuestionStatus.Answered).ToDictionary(q => q.Id, q => (q.Upvotes, q.Status));
            if (seen.Count != truth.Count || seen.Any(s => !truth.TryGetValue(s.Key, out var t) || t != s.Value))
            {
                stale.Add($"person {person.Index} (reconnected {person.Reconnects}x) holds {seen.Count} questions / {seen.Values.Sum(v => v.Upvotes)} upvotes, the session has {truth.Count} / {truth.Values.Sum(v => v.Upvotes)}");
            }
            foreach (var (poll, final) in results)
            {
                if (!person.Results.TryGetValue(poll, out var held) || !SameCounts(held, final))
                {
                    stale.Add($"person {person.Index} (reconnected {person.Reconnects}x) holds {held?.Voters.ToString() ?? "no"} voters in {poll}, the poll has {final.Voters}");
                }
            }
        }
        return stale;
    }

    private static bool SameCounts(PollResults a, PollResults b) =>
        a.OnSiteVoters == b.OnSiteVoters && a.RemoteVoters == b.RemoteVoters
        && a.Options.Select(o => (o.OnSite, o.Remote)).SequenceEqual(b.Options.Select(o => (o.OnSite, o.Remote)));

    private static async Task<List<string>> AgainstLedgerAsync(
        IReadOnlyList<ChaosPerson> people, IReadOnlyList<QuestionView> questions,
        Dictionary<string, PollResults> results, AcknowledgedWrites ledger)
    {
        var wrong = new List<string>();
        var mine = questions.Where(q => q.Text.StartsWith("Person ", StringComparison.Ordinal)).ToList();
        foreach (var twice in mine.GroupBy(q => q.Text).Where(g => g.Count() > 1))
        {
            wrong.Add($"stored {twice.Count()} times: '{twice.Key}'");
        }
        foreach (var (text, id) in ledger.Questions)
        {
            if (!mine.Any(q => q.Id == id && q.Text == text))
            {
                wrong.Add($"acknowledged question {id} '{text}' is not stored");
            }
        }
        var unknownAsks = ledger.Unknown.Count(u => u.Contains(": ask '", StringComparison.Ordinal));
        if (mine.Count > ledger.Questions.Count + unknownAsks)
        {
            wrong.Add($"{mine.Count} questions stored for {ledger.Questions.Count} acknowledged and {unknownAsks} unknown");
        }
        var unknownUpvotes = ledger.Unknown.Any(u => u.Contains(": upvote ", StringComparison.Ordinal));
        foreach (var question in mine)
        {
            var acknowledged = ledger.Upvotes.TryGetValue(question.Id, out var voters) ? voters.Count : 0;
            if (question.Upvotes < acknowledged || (!unknownUpvotes && question.Upvotes != acknowledged))
            {
                wrong.Add($"question {question.Id} has {question.Upvotes} upvotes for {acknowledged} acknowledged");
            }
        }
        var unknownVotes = ledger.Unknown.Any(u => u.Contains(": vote ", StringComparison.Ordinal));
        foreach (var (poll, final) in results)
        {
            var ballots = ledger.Ballots.TryGetValue(poll, out var b) ? b : new(StringComparer.Ordinal);
            var expected = new int[final.Options.Length];
            foreach (var option in ballots.Values)
            {
                expected[option]++;
            }
            var counted = final.Options.Select(o => o.OnSite + o.Remote).ToArray();
            if (final.Voters != ballots.Count && !unknownVotes)
            {
                wrong.Add($"poll {poll} counts {final.Voters} voters for {ballots.Count} acknowledged");
            }
            if (!unknownVotes && !counted.SequenceEqual(expected))
            {
                wrong.Add($"poll {poll} counts [{string.Join(", ", counted)}] for acknowledged [{string.Join(", ", expected)}]");
            }
        }
        foreach (var person in people.Where(p => p.Index % 2 == 0))
        {
            await CheckConversationAsync(person, ledger, wrong);
        }
        return wrong;
    }

    private static async Task CheckConversationAsync(ChaosPerson person, AcknowledgedWrites ledger, List<string> wrong)
    {
        if (person.ContactId is not { } contact || person.Conversation is not { } conversation)
        {
            return;
        }
        var stored = new List<string>();
        for (long? before = null; ;)
        {
            var page = await person.Live.GetMessages(contact, before, 100);
            stored.AddRange(page.Messages.Select(m => m.Text));
            if (!page.HasOlder || page.Messages.Length == 0) break;
            before = page.Messages[0].Sequence;
        }
        foreach (var twice in stored.GroupBy(t => t).Where(g => g.Count() > 1))
        {
            wrong.Add($"message stored {twice.Count()} times in {conversation}: '{twice.Key}'");
        }
        foreach (var text in ledger.Messages.TryGetValue(conversation, out var sent) ? sent : [])
        {
            if (!stored.Contains(text))
            {
                wrong.Add($"acknowledged message lost in {conversation}: '{text}'");
            }
        }
    }
}
