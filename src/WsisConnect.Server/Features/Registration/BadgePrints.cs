using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Networking;
using WsisConnect.Contracts.Registration;
using WsisConnect.Grains.Abstractions.Badges;
using WsisConnect.Grains.Abstractions.Identity;
using WsisConnect.Grains.Abstractions.Registration;
using WsisConnect.Grains.Badges;
using WsisConnect.Server.Features.Imports;

namespace WsisConnect.Server.Features.Registration;

/// <summary>Puts together what a printed badge and its slip show: the person, their signed contact link, their code.</summary>
public sealed class BadgePrints(IGrainFactory grains, BadgeTokens tokens, PublicLinks links)
{
    private const int Parallelism = 8;

    /// <summary>The badge of one person, with <paramref name="code"/> for the slip.</summary>
    public async Task<BadgePrint> ForAsync(HttpRequest request, Caller printer, AttendeeProfile person, string? code)
    {
        var (version, shortCode) = await grains.GetGrain<IBadgeGrain>(person.Id).GetForPrintAsync(printer);
        return new BadgePrint(person.Id, person.Name, person.Organisation, person.Title, person.Country, person.Participation, person.Roles,
            links.Contact(request, tokens.Create(person.Id, version)), shortCode, code, code is null ? null : links.SignIn(request, code));
    }

    /// <summary>The badges of many people, in their order.</summary>
    public async Task<BadgePrint[]> ForAsync(HttpRequest request, Caller printer, IReadOnlyList<CodeRecord> people)
    {
        var badges = new BadgePrint[people.Count];
        for (var start = 0; start < people.Count; start += Parallelism)
        {
            await Task.WhenAll(Enumerable.Range(start, Math.Min(Parallelism, people.Count - start))
                .Select(async i => badges[i] = await ForAsync(request, printer, people[i].Person.Profile, people[i].Code)));
        }
        return badges;
    }
}
