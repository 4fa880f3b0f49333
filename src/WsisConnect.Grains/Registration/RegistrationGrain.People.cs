using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Registration;
using WsisConnect.Grains.Abstractions.Identity;
using WsisConnect.Grains.Abstractions.Registration;
using WsisConnect.Grains.Operations;

namespace WsisConnect.Grains.Registration;

public sealed partial class RegistrationGrain
{
    public async Task<NewRegistration> RegisterAsync(Caller? registrar, NewPerson person)
    {
        var row = person.Row;
        if (person.Source == PersonSource.Desk)
        {
            if (registrar is not { IsRegistrationDesk: true })
            {
                throw new ForumException(ErrorCodes.Forbidden, "Only registration staff and organisers may register walk-ins.");
            }
            // The desk registers people standing in front of it, as attendees: roles are the organisers' to give.
            row = row with { Participation = Participation.OnSite, Roles = ForumRoles.Attendee, Sessions = [] };
        }
        else if (person.Source == PersonSource.List)
        {
            throw new ForumException(ErrorCodes.Invalid, "People from the registration list come through an import.");
        }
        // The desk's and setup's operations are stored with the person they register. A self-registration's is not:
        // its key is anonymous, and whoever sent the same key again would be handed the person's code.
        var operation = person.Source is PersonSource.Desk or PersonSource.Setup ? CurrentOperation.Key : null;
        if (operation is not null && _byCreation.TryGetValue(operation, out var createdId) && _people.TryGetValue(createdId, out var created))
        {
            // The retry of a registration that was stored: that person and their code, not a second person. Its effects
            // again, in case the first attempt stopped between storing and applying them; each is idempotent.
            var again = new RegistrationPlan();
            again.People.Add(created);
            await ApplyEffectsAsync(again, time.GetUtcNow());
            return new NewRegistration(created.Profile, await CurrentCodeAsync(createdId));
        }
        var code = person.Code ?? AccessCode.Generate();
        var plan = Plan(row, person.Source, person.AttendeeId, code, operation);
        await StoreAsync(plan);
        await ApplyEffectsAsync(plan, time.GetUtcNow());
        return new NewRegistration(plan.People[0].Profile, code);
    }

    public async Task RegisterManyAsync(NewPerson[] people)
    {
        var plan = new RegistrationPlan();
        // Run again after a load cut short, people already registered are left as they are.
        foreach (var person in people.Where(p => p.AttendeeId is null || !_people.ContainsKey(p.AttendeeId)))
        {
            var one = Plan(person.Row, person.Source, person.AttendeeId, person.Code ?? AccessCode.Generate(), operation: null);
            plan.People.AddRange(one.People);
            plan.NewCodes.AddRange(one.NewCodes);
            plan.Listed.AddRange(one.Listed);
            foreach (var (session, (added, _)) in one.Moderators)
            {
                plan.Moderate(added[0], [], [session]);
            }
        }
        await StoreAsync(plan);
        await ApplyEffectsAsync(plan, time.GetUtcNow());
    }

    public async Task<NewRegistration> ReissueCodeAsync(Caller caller, string attendeeId)
    {
        EnsureOrganiser(caller);
        var person = Find(attendeeId);
        var operation = CurrentOperation.Key;
        if (operation is not null && person.Entry.ReissuedBy == operation && person.Entry.Status == PersonStatus.Active)
        {
            // The retry of a reissue that was stored: the code it issued, not another that would void it. Its effects
            // again, in case the first attempt stopped between storing and applying them: the old tokens cut off as
            // of the reissue, and the person's sessions and listing restored (each idempotent).
            var again = new RegistrationPlan();
            again.Revocations.Add(attendeeId);
            again.Refreshed.Add(attendeeId);
            again.Moderate(attendeeId, [], person.Entry.Sessions);
            await ApplyEffectsAsync(again, person.Entry.UpdatedAt);
            return new NewRegistration(person.Profile, await CurrentCodeAsync(attendeeId));
        }
        var now = time.GetUtcNow();
        var code = AccessCode.Generate();
        var plan = new RegistrationPlan();
        plan.People.Add(person with { Entry = person.Entry with { Status = PersonStatus.Active, UpdatedAt = now, ReissuedBy = operation } });
        if (_codeHashes.TryGetValue(attendeeId, out var old))
        {
            plan.DroppedCodeHashes.Add(old);
        }
        plan.NewCodes.Add(Issue(attendeeId, code));
        plan.Revocations.Add(attendeeId);
        if (person.Entry.Status == PersonStatus.Revoked)
        {
            plan.Refreshed.Add(attendeeId);
            plan.Moderate(attendeeId, [], person.Entry.Sessions);
        }
        await StoreAsync(plan);
        await ApplyEffectsAsync(plan, now);
        LogReissued(logger, attendeeId, caller.AttendeeId);
        return new NewRegistration(person.Profile, code);
    }

    public async Task RevokeAsync(Caller caller, string attendeeId)
    {
        EnsureOrganiser(caller);
        var person = Find(attendeeId);
        if (person.Entry.Status == PersonStatus.Revoked)
        {
            if (CurrentOperation.Key is not null)
            {
                // Perhaps the retry of a revocation that stopped between storing and applying its effects: them again,
                // as of the revocation. Each is idempotent, and no token can have been issued since: the code is void.
                var again = new RegistrationPlan();
                again.Revocations.Add(attendeeId);
                again.Unlisted.Add(attendeeId);
                again.Moderate(attendeeId, person.Entry.Sessions, []);
                await ApplyEffectsAsync(again, person.Entry.UpdatedAt);
            }
            return;
        }
        var now = time.GetUtcNow();
        var plan = new RegistrationPlan();
        Revoke(plan, person, now);
        await StoreAsync(plan);
        await ApplyEffectsAsync(plan, now);
        LogRevoked(logger, attendeeId, caller.AttendeeId);
    }

    /// <summary>The plan for one new person, registered by <paramref name="operation"/> if named; refuses an external id already registered.</summary>
    private RegistrationPlan Plan(RegistrationRow row, PersonSource source, string? attendeeId, string code, string? operation)
    {
        if (row.ExternalId is { } external && _byExternalId.ContainsKey(external))
        {
            throw new ForumException(ErrorCodes.RegistrationExists, $"Someone with the external id {external} is registered already.");
        }
        var id = attendeeId ?? RegistrationRules.NewAttendeeId();
        if (_people.ContainsKey(id))
        {
            throw new ForumException(ErrorCodes.RegistrationExists, $"Someone with the id {id} is registered already.");
        }
        var person = new RegisteredPerson(
            new RegistrationEntry(id, row.ExternalId, source, PersonStatus.Active, RegistrationRules.Fingerprint(row), row.Sessions, row.Email, time.GetUtcNow(),
                CreatedBy: operation),
            RegistrationRules.ToProfile(id, row));
        var plan = new RegistrationPlan();
        plan.People.Add(person);
        plan.NewCodes.Add(Issue(id, code));
        // People from the organisers' list are listed as registered; the others (a walk-in, a self-registration, the
        // demo's, which brings its own profiles) appear in the directory once they save a profile, as before.
        if (source == PersonSource.List)
        {
            plan.Listed.Add(person.Profile);
        }
        plan.Moderate(id, [], row.Sessions);
        return plan;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Code of {AttendeeId} reissued by {OrganiserId}")]
    private static partial void LogReissued(ILogger logger, string attendeeId, string organiserId);

    [LoggerMessage(Level = LogLevel.Information, Message = "{AttendeeId} revoked by {OrganiserId}")]
    private static partial void LogRevoked(ILogger logger, string attendeeId, string organiserId);
}
