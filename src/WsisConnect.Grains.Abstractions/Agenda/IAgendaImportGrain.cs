using WsisConnect.Contracts.Agenda;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Imports;
using WsisConnect.Grains.Abstractions.Identity;

namespace WsisConnect.Grains.Abstractions.Agenda;

/// <summary>
/// One uploaded agenda file, keyed by a fresh import id: the sessions the server's parser read from it, handed
/// over in chunks, its preview against the agenda, and applying it once an organiser confirms. Held in memory
/// only, for an hour after its last use.
/// </summary>
public interface IAgendaImportGrain : IGrainWithStringKey
{
    /// <summary>Starts the import for <paramref name="caller"/>, an organiser.</summary>
    Task BeginAsync(Caller caller, string fileName);

    /// <summary>Adds sessions read from the file (with their line or guid) and problems found with them.</summary>
    Task AddAsync(ImportedSession[] sessions, ImportIssue[] errors, ImportIssue[] warnings);

    /// <summary>Compares what was read with the agenda and returns the preview; nothing is applied.</summary>
    Task<ImportPreview> PreviewAsync(Caller caller);

    /// <summary>Applies the preview (leaving bad rows out only with <paramref name="skipInvalid"/>); a second confirm returns the same result.</summary>
    Task<ImportResult> ConfirmAsync(Caller caller, bool skipInvalid);

    /// <summary>Throws the import away.</summary>
    Task DiscardAsync(Caller caller);
}
