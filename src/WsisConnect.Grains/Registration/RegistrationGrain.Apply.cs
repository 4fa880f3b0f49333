using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Forum;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Registration;
using WsisConnect.Grains.Abstractions.Forum;
using WsisConnect.Grains.Abstractions.Identity;
using WsisConnect.Grains.Abstractions.Registration;
using WsisConnect.Grains.Identity;

namespace WsisConnect.Grains.Registration;

public sealed partial class RegistrationGrain
{
    public async Task<RegistrationApplied> ApplyAsync(Caller caller, RegistrationRow[] upserts, string[] removals, long expectedVersion)
    {
        EnsureOrganiser(caller);
        if (expectedVersion != _version)
        {
            throw new ForumException(ErrorCodes.ImportStale, "The registration list changed since this preview was made; preview the file again.");
        }
        var now = time.GetUtcNow();
        var plan = new RegistrationPlan();
        int added = 0, changed = 0, removed = 0, unchanged = 0;
        foreach (var row in upserts)
        {
            var fingerprint = RegistrationRules.Fingerprint(row);
            if (row.ExternalId is { } external && _byExternalId.TryGetValue(external, out var id))
            {
                var existing = _people[id];
                if (existing.Entry.Fingerprint == fingerprint && existing.Entry.Status == PersonStatus.Active && existing.Entry.Source == PersonSource.List)
                {
                    unchanged++;
                    continue;
                }
                Update(plan, existing, row, fingerprint, now);
                changed++;
            }
            else
            {
                var attendeeId = RegistrationRules.NewAttendeeId();
                var person = new RegisteredPerson(
                    new RegistrationEntry(attendeeId, row.ExternalId, PersonSource.List, PersonStatus.Active, fingerprint, row.Sessions, row.Email, now),
                    RegistrationRules.ToProfile(attendeeId, row));
                plan.People.Add(person);
                plan.NewCodes.Add(Issue(attendeeId, AccessCode.Generate()));
                plan.Listed.Add(person.Profile);
                plan.Moderate(attendeeId, [], row.Sessions);
                added++;
            }
        }
        foreach (var external in removals)
        {
            if (_byExternalId.TryGetValue(external, out var id) && _people[id] is { Entry: { Source: PersonSource.List, Status: PersonStatus.Active } } person)
            {
                Revoke(plan, person, now);
                removed++;
            }
        }
        await StoreAsync(plan);
        await ApplyEffectsAsync(plan, now);
        LogApplied(logger, added, changed, removed, unchanged, _version);
        return new RegistrationApplied(_version, added, changed, removed, unchanged);
    }

    private void Update(RegistrationPlan plan, RegisteredPerson existing, RegistrationRow row, string fingerprint, DateTimeOffset now)
    {
        var profile = RegistrationRules.ToProfile(existing.Profile.Id, row);
        var person = new RegisteredPerson(
            existing.Entry with { ExternalId = row.ExternalId, Source = PersonSource.List, Status = PersonStatus.Active, Fingerprint = fingerprint,
                Sessions = row.Sessions, Email = row.Email, UpdatedAt = now },
            profile);
        plan.People.Add(person);
        if (existing.Entry.Status == PersonStatus.Revoked)
        {
            Restore(plan, existing.Profile.Id);
        }
        if (RegistrationRules.ClaimsChanged(existing.Profile, profile))
        {
            plan.Revocations.Add(existing.Profile.Id);
        }
        plan.Refreshed.Add(existing.Profile.Id);
        plan.Moderate(existing.Profile.Id, existing.Entry.Status == PersonStatus.Active ? existing.Entry.Sessions : [], row.Sessions);
    }

    private void Revoke(RegistrationPlan plan, RegisteredPerson person, DateTimeOffset now)
    {
        plan.People.Add(person with { Entry = person.Entry with { Status = PersonStatus.Revoked, UpdatedAt = now } });
        if (_codeHashes.TryGetValue(person.Profile.Id, out var hash))
        {
            plan.DroppedCodeHashes.Add(hash);
        }
        plan.Revocations.Add(person.Profile.Id);
        plan.Unlisted.Add(person.Profile.Id);
        plan.Moderate(person.Profile.Id, person.Entry.Sessions, []);
    }

    /// <summary>A person back from revocation signs in with the code they had, when there is one; else they get a new one.</summary>
    private void Restore(RegistrationPlan plan, string attendeeId)
    {
        if (_codeHashes.TryGetValue(attendeeId, out var hash))
        {
            plan.RestoredCodes.Add(new RestoredCode(attendeeId, hash));
        }
        else
        {
            plan.NewCodes.Add(Issue(attendeeId, AccessCode.Generate()));
        }
    }

    private BoundCode Issue(string attendeeId, string code) => new(attendeeId, AccessCode.ToGrainKey(code), vault.Seal(attendeeId, code));

    /// <summary>Stores the plan in one transaction, then updates what this grain holds.</summary>
    private async Task StoreAsync(RegistrationPlan plan)
    {
        if (plan.People.Count == 0)
        {
            return;
        }
        _version = await store.WriteAsync(new RegistryWrite(plan.People, plan.NewCodes, plan.DroppedCodeHashes, plan.RestoredCodes));
        foreach (var person in plan.People)
        {
            Put(person);
        }
        foreach (var code in plan.NewCodes)
        {
            _codeHashes[code.AttendeeId] = code.CodeHash;
        }
    }

    /// <summary>
    /// What follows from stored registrations, in this order: tokens that now say too much are revoked (on every
    /// node, live connections closed), then moderators, the directory and the organiser flag are brought in line.
    /// </summary>
    private async Task ApplyEffectsAsync(RegistrationPlan plan, DateTimeOffset now)
    {
        if (plan.Revocations.Count == 1)
        {
            await revoker.RevokeAsync(plan.Revocations[0], now);
        }
        else if (plan.Revocations.Count > 1)
        {
            await revoker.RevokeManyAsync(plan.Revocations, now);
        }
        await new RegistrationEffects(GrainFactory).ApplyAsync(plan);
        if (plan.People.Any(p => p.Entry.Status == PersonStatus.Active && p.Profile.Roles.HasFlag(ForumRoles.Organiser)))
        {
            await GrainFactory.GetGrain<IForumGrain>(ForumKeys.Forum).MarkOrganiserAsync();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Registration list: {Added} added, {Changed} changed, {Removed} revoked, {Unchanged} unchanged; version {Version}")]
    private static partial void LogApplied(ILogger logger, int added, int changed, int removed, int unchanged, long version);
}
