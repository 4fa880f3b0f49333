using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Imports;
using WsisConnect.Grains.Abstractions.Identity;
using WsisConnect.Grains.Operations;

namespace WsisConnect.Grains.Imports;

/// <summary>
/// What an import grain holds besides its rows: who started it, its problems (capped), the keys of rows that
/// cannot be applied (so a bad row never counts as "no longer in the file"), duplicates, and its state.
/// </summary>
public sealed class ImportLedger
{
    private readonly Dictionary<string, int?> _firstLine = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _duplicates = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _rejected = new(StringComparer.Ordinal);

    /// <summary>The file's name as uploaded.</summary>
    public string FileName { get; private set; } = string.Empty;

    /// <summary>False until <see cref="Begin"/>: an activation with nothing in it is an expired or unknown import.</summary>
    public bool Begun { get; private set; }

    public ImportState State { get; set; }

    public List<ImportIssue> Errors { get; } = [];

    public List<ImportIssue> Warnings { get; } = [];

    /// <summary>Keys of rows that cannot be applied; a bad row of a known key leaves that session or person as it is.</summary>
    public HashSet<string> InvalidKeys { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Rows without a key that could not be read.</summary>
    public int InvalidWithoutKey { get; private set; }

    public ImportResult? Result { get; set; }

    /// <summary>Starts the import for an organiser.</summary>
    public void Begin(Caller caller, string fileName)
    {
        EnsureOrganiser(caller);
        FileName = fileName;
        Begun = true;
    }

    /// <summary>Refuses anyone but organisers, and an import that does not exist (any more).</summary>
    public void EnsureUsable(Caller caller, string id)
    {
        EnsureOrganiser(caller);
        if (!Begun || State == ImportState.Discarded)
        {
            throw new ForumException(ErrorCodes.ImportNotFound, $"There is no import {id} (it may have expired after an hour unused); upload the file again.");
        }
    }

    /// <summary>
    /// The checks before a confirmation: the caller and the import are usable; an import already applied answers its
    /// result again (the retry of a confirmation whose answer was lost), so the caller returns it; an import with
    /// errors is refused unless the organiser chose to leave the bad rows out. Null: go on and apply.
    /// </summary>
    public ImportResult? BeginConfirm(Caller caller, string id, bool skipInvalid)
    {
        EnsureUsable(caller, id);
        if (Result is { } done)
        {
            return done;
        }
        if (Errors.Count > 0 && !skipInvalid)
        {
            throw new ForumException(ErrorCodes.ImportHasErrors,
                $"The file has {Invalid} row(s) that cannot be applied; fix them, or confirm with skipInvalid to leave them out.");
        }
        return null;
    }

    /// <summary>
    /// Discards the import; true the first time. The import is kept, empty, until it is collected, so that a second
    /// discard with an operation id, the retry of the first whose answer was lost, is answered as the success it was.
    /// </summary>
    public bool Discard(Caller caller, string id)
    {
        if (State == ImportState.Discarded && CurrentOperation.Key is not null)
        {
            EnsureOrganiser(caller);
            return false;
        }
        EnsureUsable(caller, id);
        State = ImportState.Discarded;
        _firstLine.Clear();
        _duplicates.Clear();
        InvalidKeys.Clear();
        return true;
    }

    /// <summary>Rows the parser could not read (each left out of the rows handed over).</summary>
    public int Rejected => _rejected.Count;

    /// <summary>Adds the parser's problems; a row error with a key marks that key invalid.</summary>
    public void AddIssues(IEnumerable<ImportIssue> errors, IEnumerable<ImportIssue> warnings)
    {
        foreach (var error in errors)
        {
            AddError(error);
            _rejected.Add(error.Line?.ToString() ?? error.Key ?? error.Reason);
        }
        foreach (var warning in warnings)
        {
            if (Warnings.Count < ImportLimits.ListedIssues) Warnings.Add(warning);
        }
    }

    public void AddError(ImportIssue error)
    {
        if (Errors.Count < ImportLimits.ListedIssues) Errors.Add(error);
        if (error.Key is { } key) InvalidKeys.Add(key);
        else InvalidWithoutKey++;
    }

    /// <summary>
    /// Records a row's key; a second row with the same key makes both invalid, since which one is meant cannot
    /// be told. Returns false for the duplicate.
    /// </summary>
    public bool Claim(string key, int? line)
    {
        if (_firstLine.TryAdd(key, line))
        {
            return true;
        }
        var first = _firstLine[key];
        if (_duplicates.Add(key))
        {
            AddError(new ImportIssue(first, key, "id", $"Duplicate id {key}{(line is { } l ? $" (again on line {l})" : "")}: each id may appear once; neither row is applied."));
        }
        AddError(new ImportIssue(line, key, "id", $"Duplicate id {key}{(first is { } f ? $" (first on line {f})" : "")}: each id may appear once; neither row is applied."));
        return false;
    }

    /// <summary>Rows that cannot be applied: one per line (or key) with an error.</summary>
    public int Invalid => Errors.Select(e => e.Line?.ToString() ?? e.Key ?? e.Reason).Distinct().Count();

    /// <summary>The preview of this import from its counts and changes.</summary>
    public ImportPreview Preview(string id, ImportKind kind, int rows, int unchanged, List<ImportChange> changes) => new(
        id, kind, FileName, State, rows,
        changes.Count(c => c.Action == ImportAction.Added),
        changes.Count(c => c.Action == ImportAction.Changed),
        changes.Count(c => c.Action == ImportAction.Removed),
        unchanged, Invalid, [.. Errors], [.. Warnings],
        [.. changes.Take(ImportLimits.ListedChanges)], changes.Count > ImportLimits.ListedChanges,
        DateTimeOffset.UtcNow + ImportLimits.PreviewLifetime);

    private static void EnsureOrganiser(Caller caller)
    {
        if (!caller.IsOrganiser)
        {
            throw new ForumException(ErrorCodes.Forbidden, "Only organisers may import files.");
        }
    }
}
