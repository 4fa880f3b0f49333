using Orleans.Concurrency;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Registration;
using WsisConnect.Grains.Abstractions.Identity;

namespace WsisConnect.Grains.Abstractions.Registration;

/// <summary>
/// Everyone registered, keyed by <c>ForumKeys.Forum</c>: people from the organisers' list (by external id),
/// walk-ins, self-registered remote participants, the first organiser. Writes go to the store a chunk at a time
/// (one command per hash per chunk), so a list of 11,000 people is applied in seconds. Personal access codes are
/// stored only as hashes, and sealed with a key the store does not hold for the organisers' exports.
/// </summary>
public interface IRegistrationGrain : IGrainWithStringKey
{
    /// <summary>The list's version: moves on with every import, walk-in, reissue and revocation.</summary>
    [ReadOnly]
    Task<long> GetVersionAsync();

    /// <summary>A page of everyone registered, in registration order, for comparing an import with.</summary>
    [ReadOnly]
    Task<RegisteredPerson[]> GetPageAsync(int skip, int take);

    /// <summary>
    /// Applies one chunk of an import: rows are added or updated by external id, <paramref name="removals"/>
    /// (external ids) revoked; organisers only. Refuses with <c>import.stale</c> unless the list is at
    /// <paramref name="expectedVersion"/>.
    /// </summary>
    Task<RegistrationApplied> ApplyAsync(Caller caller, RegistrationRow[] upserts, string[] removals, long expectedVersion);

    /// <summary>
    /// Registers one person with a new code (or the fixed one given). A walk-in (<see cref="PersonSource.Desk"/>)
    /// needs <paramref name="registrar"/> to be registration staff or an organiser, and is registered on site as an
    /// attendee whatever the row says; self-registration, setup and the demo are the server's own calls.
    /// Refuses with <c>registration.exists</c> when the external id is taken.
    /// </summary>
    Task<NewRegistration> RegisterAsync(Caller? registrar, NewPerson person);

    /// <summary>Registers many people in one write (the demo loader); none may be registered yet.</summary>
    Task RegisterManyAsync(NewPerson[] people);

    /// <summary>Forgets a person whose account was deleted.</summary>
    Task ForgetAsync(string attendeeId);

    /// <summary>People matching <paramref name="query"/>; organisers only.</summary>
    [ReadOnly]
    Task<PeoplePage> SearchAsync(Caller caller, PeopleQuery query);

    /// <summary>People matching <paramref name="query"/> with their codes in plain text (mail merge, badge slips); organisers only.</summary>
    [ReadOnly]
    Task<CodeRecord[]> GetCodesAsync(Caller caller, PeopleQuery query);

    /// <summary>Replaces a person's code (restoring them if revoked): the old code and every token issued before stop working on every node; organisers only.</summary>
    Task<NewRegistration> ReissueCodeAsync(Caller caller, string attendeeId);

    /// <summary>Revokes a person: their code and every token stop working; contacts and questions stay; organisers only.</summary>
    Task RevokeAsync(Caller caller, string attendeeId);
}
