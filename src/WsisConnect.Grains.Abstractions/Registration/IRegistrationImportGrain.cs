using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Imports;
using WsisConnect.Contracts.Registration;
using WsisConnect.Grains.Abstractions.Identity;

namespace WsisConnect.Grains.Abstractions.Registration;

/// <summary>
/// One uploaded registration list, keyed by a fresh import id: the rows the server's parser read, handed over in
/// chunks, its preview against the people registered, and applying it once an organiser confirms. In memory only,
/// for an hour after its last use.
/// </summary>
public interface IRegistrationImportGrain : IGrainWithStringKey
{
    /// <summary>Starts the import for <paramref name="caller"/>, an organiser.</summary>
    Task BeginAsync(Caller caller, string fileName);

    /// <summary>Adds a chunk of rows read from the file, and the problems found in it.</summary>
    Task AddAsync(RegistrationRow[] rows, ImportIssue[] errors, ImportIssue[] warnings);

    /// <summary>Compares the rows with the people registered and returns the preview; nothing is applied.</summary>
    Task<ImportPreview> PreviewAsync(Caller caller);

    /// <summary>Applies the preview, a chunk at a time; a second confirm returns the same result.</summary>
    Task<ImportResult> ConfirmAsync(Caller caller, bool skipInvalid);

    /// <summary>Throws the import away.</summary>
    Task DiscardAsync(Caller caller);
}
