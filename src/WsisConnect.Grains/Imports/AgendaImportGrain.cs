using WsisConnect.Contracts.Agenda;
using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Forum;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Imports;
using WsisConnect.Contracts.Registration;
using WsisConnect.Grains.Abstractions.Agenda;
using WsisConnect.Grains.Abstractions.Identity;
using WsisConnect.Grains.Abstractions.Registration;

namespace WsisConnect.Grains.Imports;

/// <summary>
/// One uploaded agenda: the sessions read from it, compared with the agenda for a preview, applied on
/// confirmation in one change of the agenda. Sessions keep their ids (the frab guid, the CSV id), so the
/// questions, polls and check-ins of every session still in the file stay where they are.
/// </summary>
public sealed class AgendaImportGrain : Grain, IAgendaImportGrain
{
    private readonly ImportLedger _ledger = new();
    private readonly List<ImportedSession> _sessions = [];
    private AgendaChangeSet? _plan;
    private long _planVersion;
    private int _unchanged;

    private string Id => this.GetPrimaryKeyString();

    public Task BeginAsync(Caller caller, string fileName)
    {
        _ledger.Begin(caller, fileName);
        this.DelayDeactivation(ImportLimits.PreviewLifetime);
        return Task.CompletedTask;
    }

    public Task AddAsync(ImportedSession[] sessions, ImportIssue[] errors, ImportIssue[] warnings)
    {
        _ledger.AddIssues(errors, warnings);
        foreach (var session in sessions)
        {
            _ledger.Claim(session.Id, session.Line);
            _sessions.Add(session);
        }
        if (_sessions.Count > ImportLimits.MaxSessions)
        {
            throw new ForumException(ErrorCodes.ImportTooLarge, $"An agenda may hold at most {ImportLimits.MaxSessions} sessions.");
        }
        _plan = null;
        return Task.CompletedTask;
    }

    public async Task<ImportPreview> PreviewAsync(Caller caller)
    {
        _ledger.EnsureUsable(caller, Id);
        this.DelayDeactivation(ImportLimits.PreviewLifetime);
        var agenda = await GrainFactory.GetGrain<IAgendaGrain>(ForumKeys.Forum).GetSnapshotAsync();
        var people = _sessions.Any(s => s.ModeratorKeys is { Length: > 0 }) ? await PeopleByKeyAsync() : [];
        var current = agenda.Sessions.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var changes = new List<ImportChange>();
        var upserts = new List<SessionDetails>();
        var warnings = new List<ImportIssue>();
        _unchanged = 0;
        foreach (var imported in _sessions.Where(s => !_ledger.InvalidKeys.Contains(s.Id)))
        {
            current.TryGetValue(imported.Id, out var existing);
            var session = ToSession(imported, existing, people, warnings);
            if (existing is null)
            {
                changes.Add(new ImportChange(session.Id, session.Title, ImportAction.Added, [], imported.Line));
                upserts.Add(session);
            }
            else if (SessionComparison.ChangedFields(existing, session) is { Length: > 0 } fields)
            {
                changes.Add(new ImportChange(session.Id, session.Title, ImportAction.Changed, fields, imported.Line));
                upserts.Add(session);
            }
            else
            {
                _unchanged++;
            }
        }
        var kept = _sessions.Select(s => s.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        kept.UnionWith(_ledger.InvalidKeys);
        var removed = agenda.Sessions.Where(s => !kept.Contains(s.Id)).ToList();
        changes.AddRange(removed.Select(s => new ImportChange(s.Id, s.Title, ImportAction.Removed, [], null)));
        _plan = new AgendaChangeSet([.. upserts], [.. removed.Select(s => s.Id)]);
        _planVersion = agenda.Version;
        _ledger.Warnings.RemoveAll(w => w.Field == "moderators");
        _ledger.AddIssues([], warnings);
        return _ledger.Preview(Id, ImportKind.Agenda, _sessions.Count + _ledger.Rejected, _unchanged, changes);
    }

    public async Task<ImportResult> ConfirmAsync(Caller caller, bool skipInvalid)
    {
        if (_ledger.BeginConfirm(caller, Id, skipInvalid) is { } done)
        {
            return done;
        }
        if (_plan is null)
        {
            await PreviewAsync(caller);
        }
        var plan = _plan!;
        var version = await GrainFactory.GetGrain<IAgendaGrain>(ForumKeys.Forum).ApplyAsync(caller, plan, _planVersion);
        var added = plan.Upserted.Count(s => !_existingIds.Contains(s.Id));
        _ledger.State = ImportState.Applied;
        _ledger.Result = new ImportResult(Id, added, plan.Upserted.Length - added, plan.Removed.Length, _unchanged, _ledger.Invalid, version);
        return _ledger.Result;
    }

    public Task DiscardAsync(Caller caller)
    {
        if (_ledger.Discard(caller, Id))
        {
            _sessions.Clear();
            _plan = null;
        }
        return Task.CompletedTask;
    }

    private readonly HashSet<string> _existingIds = new(StringComparer.Ordinal);

    /// <summary>The session to store: what the file says, with what the file does not say kept from the agenda.</summary>
    private SessionDetails ToSession(ImportedSession imported, SessionDetails? existing, Dictionary<string, string> people, List<ImportIssue> warnings)
    {
        if (existing is not null)
        {
            _existingIds.Add(existing.Id);
        }
        string[] moderators;
        if (imported.ModeratorKeys is { } keys)
        {
            moderators = [.. keys.Select(k =>
            {
                if (people.TryGetValue(k, out var id)) return id;
                warnings.Add(new ImportIssue(imported.Line, imported.Id, "moderators",
                    $"{k} is not on the registration list: left out of the session's moderators (import the list first, or edit the session later)."));
                return null;
            }).OfType<string>().Distinct()];
        }
        else
        {
            moderators = existing?.ModeratorIds ?? [];
        }
        return new SessionDetails(imported.Id, imported.Title, imported.Description, imported.Format, imported.Room, imported.Start, imported.End,
            imported.ActionLines, imported.Sdgs, imported.Track, imported.Speakers, moderators,
            imported.QuestionMode ?? existing?.QuestionMode ?? QuestionMode.PreModerated,
            existing?.Status ?? SessionStatus.Scheduled);
    }

    /// <summary>Registered people by external id and e-mail, for the moderators column.</summary>
    private async Task<Dictionary<string, string>> PeopleByKeyAsync()
    {
        var byKey = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var registry = GrainFactory.GetGrain<IRegistrationGrain>(ForumKeys.Forum);
        for (var skip = 0; ; skip += 5_000)
        {
            var page = await registry.GetPageAsync(skip, 5_000);
            foreach (var person in page.Where(p => p.Entry.Status == PersonStatus.Active))
            {
                if (person.Entry.ExternalId is { } external) byKey[external] = person.Profile.Id;
                if (person.Entry.Email is { } email) byKey.TryAdd(email, person.Profile.Id);
            }
            if (page.Length < 5_000) return byKey;
        }
    }
}
