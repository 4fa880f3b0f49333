using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Registration;

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
        var code = person.Code ?? AccessCode.Generate();
        var plan = Plan(row, person.Source, person.AttendeeId, code);
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
            var one = Plan(person.Row, person.Source, person.AttendeeId, person.Code ?? AccessCode.Generate());
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
        var now = time.GetUtcNow();
        var code = AccessCode.Generate();
        var plan = new RegistrationPlan();
        plan.People.Add(person with { Entry = person.Entry with { Status = PersonStatus.Active, UpdatedAt = now } });
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
            return;
        }
        var now = time.GetUtcNow();
        var plan = new RegistrationPlan();
        Revoke(plan, person, now);
        await StoreAsync(plan);
        await ApplyEffectsAsync(plan, now);
        LogRevoked(logger, attendeeId, caller.AttendeeId);
    }

    /// <summary>The plan for one new person; refuses an external id already registered.</summary>
    private RegistrationPlan Plan(RegistrationRow row, PersonSource source, string? attendeeId, string code)
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
            new RegistrationEntry(id, row.ExternalId, source, PersonStatus.Active, RegistrationRules.Fingerprint(row), row.Sessions, row.Email, time.GetUtcNow()),
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
