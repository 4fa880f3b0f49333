using WsisConnect.Contracts.Agenda;
using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Forum;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Imports;
using WsisConnect.Contracts.Registration;
using WsisConnect.Grains.Abstractions.Agenda;
using WsisConnect.Grains.Abstractions.Identity;
using WsisConnect.Grains.Abstractions.Registration;
using WsisConnect.Grains.Registration;

namespace WsisConnect.Grains.Imports;

/// <summary>
/// One uploaded registration list: its rows (handed over a thousand at a time), compared with everyone
/// registered for a preview, then applied a chunk at a time by the registration grain. People are matched by
/// external id: a changed row updates the person, nobody is duplicated, and someone from an earlier list who is
/// no longer in it is revoked, never deleted. Walk-ins and self-registered people are never touched.
/// </summary>
public sealed class RegistrationImportGrain : Grain, IRegistrationImportGrain
{
    private const int PageSize = 5_000;
    private readonly ImportLedger _ledger = new();
    private readonly List<RegistrationRow> _rows = [];
    private List<RegistrationRow>? _upserts;
    private List<string>? _removals;
    private long _planVersion;
    private int _unchanged;
    private int _appliedChunks;
    private (int Added, int Changed, int Removed, int Unchanged) _applied;

    private string Id => this.GetPrimaryKeyString();

    public Task BeginAsync(Caller caller, string fileName)
    {
        _ledger.Begin(caller, fileName);
        this.DelayDeactivation(ImportLimits.PreviewLifetime);
        return Task.CompletedTask;
    }

    public Task AddAsync(RegistrationRow[] rows, ImportIssue[] errors, ImportIssue[] warnings)
    {
        _ledger.AddIssues(errors, warnings);
        foreach (var row in rows)
        {
            _ledger.Claim(row.ExternalId!, row.Line);
            _rows.Add(row);
        }
        _upserts = null;
        return Task.CompletedTask;
    }

    public async Task<ImportPreview> PreviewAsync(Caller caller)
    {
        _ledger.EnsureUsable(caller, Id);
        this.DelayDeactivation(ImportLimits.PreviewLifetime);
        var registry = GrainFactory.GetGrain<IRegistrationGrain>(ForumKeys.Forum);
        _planVersion = await registry.GetVersionAsync();
        var registered = await RegisteredAsync(registry);
        var sessions = (await GrainFactory.GetGrain<IAgendaGrain>(ForumKeys.Forum).GetSnapshotAsync()).Sessions.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var changes = new List<ImportChange>();
        var warnings = new List<ImportIssue>();
        _upserts = [];
        _unchanged = 0;
        foreach (var row in _rows.Where(r => !_ledger.InvalidKeys.Contains(r.ExternalId!)))
        {
            var known = row with { Sessions = [.. row.Sessions.Where(s => Known(s, sessions, row, warnings))] };
            if (!registered.TryGetValue(known.ExternalId!, out var existing))
            {
                changes.Add(new ImportChange(known.ExternalId!, known.Name, ImportAction.Added, [], known.Line));
                _upserts.Add(known);
                continue;
            }
            if (existing.Entry.Fingerprint == RegistrationRules.Fingerprint(known) && existing.Entry.Status == PersonStatus.Active && existing.Entry.Source == PersonSource.List)
            {
                _unchanged++;
                continue;
            }
            var fields = RegistrationRules.ChangedFields(existing.Profile, RegistrationRules.ToProfile(existing.Profile.Id, known), existing.Entry, known);
            changes.Add(new ImportChange(known.ExternalId!, known.Name, ImportAction.Changed, fields, known.Line));
            _upserts.Add(known);
        }
        var kept = _rows.Select(r => r.ExternalId!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        kept.UnionWith(_ledger.InvalidKeys);
        var removed = registered.Values
            .Where(p => p.Entry is { Source: PersonSource.List, Status: PersonStatus.Active } && !kept.Contains(p.Entry.ExternalId!))
            .ToList();
        changes.AddRange(removed.Select(p => new ImportChange(p.Entry.ExternalId!, p.Profile.Name, ImportAction.Removed, [], null)));
        _removals = [.. removed.Select(p => p.Entry.ExternalId!)];
        _ledger.Warnings.RemoveAll(w => w.Field == "sessions");
        _ledger.AddIssues([], warnings);
        return _ledger.Preview(Id, ImportKind.Registration, _rows.Count + _ledger.Rejected, _unchanged, changes);
    }

    public async Task<ImportResult> ConfirmAsync(Caller caller, bool skipInvalid)
    {
        if (_ledger.BeginConfirm(caller, Id, skipInvalid) is { } done)
        {
            return done;
        }
        if (_upserts is null)
        {
            await PreviewAsync(caller);
        }
        var registry = GrainFactory.GetGrain<IRegistrationGrain>(ForumKeys.Forum);
        var chunks = _upserts!.Chunk(ImportLimits.ChunkSize).Select(c => (Upserts: c, Removals: Array.Empty<string>()))
            .Concat(_removals!.Chunk(ImportLimits.ChunkSize).Select(c => (Upserts: Array.Empty<RegistrationRow>(), Removals: c)))
            .ToList();
        // A chunk that failed is tried again by the next confirm, from where it stopped.
        foreach (var (upserts, removals) in chunks.Skip(_appliedChunks))
        {
            var applied = await registry.ApplyAsync(caller, upserts, removals, _planVersion);
            _planVersion = applied.Version;
            _applied = (_applied.Added + applied.Added, _applied.Changed + applied.Changed, _applied.Removed + applied.Removed, _applied.Unchanged + applied.Unchanged);
            _appliedChunks++;
        }
        _ledger.State = ImportState.Applied;
        _ledger.Result = new ImportResult(Id, _applied.Added, _applied.Changed, _applied.Removed, _unchanged + _applied.Unchanged, _ledger.Invalid, _planVersion);
        return _ledger.Result;
    }

    public Task DiscardAsync(Caller caller)
    {
        if (_ledger.Discard(caller, Id))
        {
            _rows.Clear();
            (_upserts, _removals) = (null, null);
        }
        return Task.CompletedTask;
    }

    private static bool Known(string session, HashSet<string> sessions, RegistrationRow row, List<ImportIssue> warnings)
    {
        if (sessions.Contains(session))
        {
            return true;
        }
        warnings.Add(new ImportIssue(row.Line, row.ExternalId, "sessions",
            $"Session {session} is not on the agenda: the person is registered without moderating it (import the agenda first)."));
        return false;
    }

    private static async Task<Dictionary<string, RegisteredPerson>> RegisteredAsync(IRegistrationGrain registry)
    {
        var byExternalId = new Dictionary<string, RegisteredPerson>(StringComparer.OrdinalIgnoreCase);
        for (var skip = 0; ; skip += PageSize)
        {
            var page = await registry.GetPageAsync(skip, PageSize);
            foreach (var person in page)
            {
                if (person.Entry.ExternalId is { } external) byExternalId[external] = person;
            }
            if (page.Length < PageSize) return byExternalId;
        }
    }
}
