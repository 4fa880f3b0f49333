using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Registration;
using WsisConnect.Grains.Abstractions.Identity;
using WsisConnect.Grains.Abstractions.Registration;
using WsisConnect.Grains.Identity;

namespace WsisConnect.Grains.Registration;

/// <summary>
/// Everyone registered, in memory (tens of thousands of small records) and in <see cref="IdentityStore"/>. The
/// only writer of registrations, so an import, a walk-in and a reissue never interleave. Split by concern:
/// imports (<c>.Apply</c>), one person at a time (<c>.People</c>), and the reads here.
/// </summary>
public sealed partial class RegistrationGrain(
    IdentityStore store,
    ICodeVault vault,
    ISignInRevoker revoker,
    TimeProvider time,
    ILogger<RegistrationGrain> logger) : Grain, IRegistrationGrain
{
    private readonly Dictionary<string, RegisteredPerson> _people = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _byExternalId = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _byCreation = new(StringComparer.Ordinal);
    private Dictionary<string, string> _codeHashes = new(StringComparer.Ordinal);
    private long _version;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        foreach (var person in await store.LoadRegistryAsync())
        {
            Put(person);
        }
        _codeHashes = await store.LoadCodeHashesAsync();
        _version = await store.GetVersionAsync();
    }

    public Task<long> GetVersionAsync() => Task.FromResult(_version);

    public Task<RegisteredPerson[]> GetPageAsync(int skip, int take) =>
        Task.FromResult(_people.Values.Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 1, 10_000)).ToArray());

    public Task<PeoplePage> SearchAsync(Caller caller, PeopleQuery query)
    {
        EnsureOrganiser(caller);
        var matching = Matching(query);
        return Task.FromResult(new PeoplePage([.. Page(matching, query).Select(Listing)], matching.Count));
    }

    public async Task<CodeRecord[]> GetCodesAsync(Caller caller, PeopleQuery query)
    {
        EnsureOrganiser(caller);
        var page = Page(Matching(query), query);
        var sealedCodes = await store.GetSealedAsync([.. page.Select(p => p.Profile.Id)]);
        return [.. page.Select((p, i) => new CodeRecord(Listing(p), sealedCodes[i] is { } code ? vault.Unseal(p.Profile.Id, code) : null))];
    }

    public Task ForgetAsync(string attendeeId)
    {
        if (_people.Remove(attendeeId, out var person) && person.Entry.ExternalId is { } external)
        {
            _byExternalId.Remove(external);
        }
        if (person?.Entry.CreatedBy is { } operation)
        {
            _byCreation.Remove(operation);
        }
        _codeHashes.Remove(attendeeId);
        return Task.CompletedTask;
    }

    private List<RegisteredPerson> Matching(PeopleQuery query)
    {
        var text = query.Text?.Trim() ?? string.Empty;
        return [.. _people.Values
            .Where(p => (query.IncludeRevoked || p.Entry.Status == PersonStatus.Active)
                && (query.Participation is null || p.Profile.Participation == query.Participation)
                && (query.Source is null || p.Entry.Source == query.Source)
                && (text.Length == 0 || Matches(p, text)))
            .OrderBy(p => p.Profile.Name, StringComparer.CurrentCultureIgnoreCase)
            .ThenBy(p => p.Profile.Id, StringComparer.Ordinal)];
    }

    private static IEnumerable<RegisteredPerson> Page(List<RegisteredPerson> matching, PeopleQuery query) =>
        matching.Skip(Math.Max(0, query.Skip)).Take(Math.Clamp(query.Take, 1, 1_000));

    private static bool Matches(RegisteredPerson person, string text) =>
        person.Profile.Name.Contains(text, StringComparison.OrdinalIgnoreCase)
        || person.Profile.Organisation.Contains(text, StringComparison.OrdinalIgnoreCase)
        || person.Profile.Id.Equals(text, StringComparison.OrdinalIgnoreCase)
        || (person.Entry.ExternalId?.Equals(text, StringComparison.OrdinalIgnoreCase) ?? false)
        || (person.Entry.Email?.Contains(text, StringComparison.OrdinalIgnoreCase) ?? false);

    private static PersonListing Listing(RegisteredPerson person) =>
        new(person.Profile, person.Entry.ExternalId, person.Entry.Source, person.Entry.Status, person.Entry.Email, person.Entry.Sessions);

    private void Put(RegisteredPerson person)
    {
        _people[person.Profile.Id] = person;
        if (person.Entry.ExternalId is { } external)
        {
            _byExternalId[external] = person.Profile.Id;
        }
        if (person.Entry.CreatedBy is { } operation)
        {
            _byCreation[operation] = person.Profile.Id;
        }
    }

    /// <summary>The person's current code in plain text, from its sealed copy.</summary>
    private async Task<string> CurrentCodeAsync(string attendeeId) =>
        (await store.GetSealedAsync([attendeeId]))[0] is { } sealedCode && vault.Unseal(attendeeId, sealedCode) is { } code
            ? code
            : throw new InvalidOperationException($"The code of {attendeeId} cannot be unsealed (was Auth:CodeKey changed?).");

    private RegisteredPerson Find(string attendeeId) =>
        _people.TryGetValue(attendeeId, out var person)
            ? person
            : throw new ForumException(ErrorCodes.PersonNotFound, $"Nobody on the registration list has the id {attendeeId}.");

    private static void EnsureOrganiser(Caller caller)
    {
        if (!caller.IsOrganiser)
        {
            throw new ForumException(ErrorCodes.Forbidden, "Only organisers may manage the registration list.");
        }
    }
}
