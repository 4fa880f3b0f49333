using WsisConnect.Contracts.Agenda;
using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Forum;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Networking;
using WsisConnect.Contracts.Outcome;
using WsisConnect.Contracts.Polls;
using WsisConnect.Contracts.Prizes;
using WsisConnect.Contracts.Questions;
using WsisConnect.Grains.Abstractions.Agenda;
using WsisConnect.Grains.Abstractions.Identity;
using WsisConnect.Grains.Abstractions.Outcome;
using WsisConnect.Grains.Abstractions.Polls;
using WsisConnect.Grains.Abstractions.Presence;
using WsisConnect.Grains.Abstractions.Prizes;
using WsisConnect.Grains.Abstractions.Questions;
using WsisConnect.Grains.Agenda;

namespace WsisConnect.Grains.Outcome;

/// <summary>
/// Gathers the outcome from the features' own counts: the agenda (one grain), participants of every scope and the
/// contacts made (one store round trip), questions of every session (one round trip), the polls of the sessions
/// that have any, and the prize categories. No session grain is woken, and nothing is stored here.
/// </summary>
[StatelessWorker]
public sealed class OutcomeGrain(TimeProvider time) : Grain, IOutcomeGrain
{
    public async Task<OutcomeReport> GetReportAsync(Caller caller)
    {
        if (!caller.IsOrganiser)
        {
            throw new ForumException(ErrorCodes.Forbidden, "Only organisers may read the forum's outcome.");
        }
        var sessions = await GrainFactory.GetGrain<IAgendaGrain>(ForumKeys.Forum).GetSessionsAsync();
        var attendance = GrainFactory.GetGrain<IAttendanceGrain>(ForumKeys.Forum);
        var tallies = attendance.GetTalliesAsync(OutcomeActivity.Scopes(sessions));
        var contacts = attendance.GetContactsMadeAsync();
        var questions = GrainFactory.GetGrain<IQuestionCountsGrain>(ForumKeys.Forum).GetCountsAsync([.. sessions.Select(s => s.Id)]);
        var polls = PollsAsync(caller, sessions);
        var prizes = PrizesAsync(caller);
        var activity = new OutcomeActivity(
            sessions,
            (await tallies).ToDictionary(t => t.Scope, StringComparer.Ordinal),
            (await questions).ToDictionary(q => q.SessionId, StringComparer.Ordinal),
            await polls,
            await contacts,
            await prizes);
        return OutcomeSums.Report(activity, time.GetUtcNow());
    }

    public async Task<SessionOutcome> GetSessionAsync(Caller caller, string sessionId)
    {
        var session = await GrainFactory.GetGrain<ISessionGrain>(sessionId).GetAsync()
            ?? throw new ForumException(ErrorCodes.SessionNotFound, $"There is no session {sessionId}.");
        SessionAccess.EnsureModerator(caller, session);
        var snapshot = await GrainFactory.GetGrain<IQuestionQueueGrain>(sessionId).GetSnapshotAsync(caller);
        var polls = await GrainFactory.GetGrain<ISessionPollsGrain>(sessionId).ListAsync(caller);
        return new SessionOutcome(session.Id, session.Title,
            [.. snapshot.Questions.OrderBy(q => q.Id).Select(q => new OutcomeQuestion(q.Id, q.Text, q.Status, q.Origin, q.Upvotes, q.AskedAt))],
            [.. polls.Where(PollOutcomes.WasRun).Select(PollOutcomes.From)]);
    }

    private async Task<IReadOnlyDictionary<string, OutcomePoll[]>> PollsAsync(Caller caller, IReadOnlyList<SessionDetails> sessions)
    {
        var listed = sessions.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var polled = (await GrainFactory.GetGrain<IPolledSessionsGrain>(ForumKeys.Forum).GetAsync()).Where(listed.Contains).ToArray();
        var views = await Task.WhenAll(polled.Select(id => GrainFactory.GetGrain<ISessionPollsGrain>(id).ListAsync(caller)));
        return polled.Select((id, i) => (id, Polls: views[i].Where(PollOutcomes.WasRun).Select(PollOutcomes.From).ToArray()))
            .Where(p => p.Polls.Length > 0)
            .ToDictionary(p => p.id, p => p.Polls, StringComparer.Ordinal);
    }

    private async Task<OutcomePrizes> PrizesAsync(Caller caller)
    {
        var board = await GrainFactory.GetGrain<IPrizesGrain>(ForumKeys.Forum).GetBoardAsync();
        var results = await Task.WhenAll(board.Categories.Select(c => GrainFactory.GetGrain<IPrizeCategoryGrain>(c.Id).GetResultsAsync(caller)));
        var categories = board.Categories.Select((category, i) =>
        {
            var votes = results[i];
            var most = votes.Nominees.Select(n => n.Votes).DefaultIfEmpty(0).Max();
            OutcomePrizeWinner[] winners = board.WinnersPublished && most > 0
                ? [.. votes.Nominees.Where(n => n.Votes == most).Join(category.Nominees, v => v.NomineeId, n => n.Id,
                    (v, n) => new OutcomePrizeWinner(n.Id, n.Project, n.Organisation, n.Country, v.Votes))]
                : [];
            return new OutcomePrizeCategory(category.Id, category.Name, category.ActionLine, votes.Votes, winners);
        }).ToArray();
        return new OutcomePrizes(board.WinnersPublished, categories.Sum(c => c.Votes), categories);
    }
}
