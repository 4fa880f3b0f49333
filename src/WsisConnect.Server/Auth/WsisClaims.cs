using System.Security.Claims;
using WsisConnect.Contracts.Identity;

namespace WsisConnect.Server.Auth;

/// <summary>The claims a forum bearer token carries, and the <see cref="Caller"/> built from them.</summary>
public static class WsisClaims
{
    /// <summary>The attendee id.</summary>
    public const string Subject = "sub";
    /// <summary>The display name.</summary>
    public const string Name = "name";
    /// <summary>One claim per role: attendee, speaker, moderator, organiser.</summary>
    public const string Role = "role";
    /// <summary>OnSite or Remote.</summary>
    public const string Participation = "participation";
    /// <summary>The person's country (ISO 3166 alpha-2), for the operations dashboard's counts.</summary>
    public const string Country = "country";
    /// <summary>When the token was issued, in Unix seconds; revocations compare against it.</summary>
    public const string IssuedAt = "iat";

    /// <summary>The organiser role's claim value.</summary>
    public const string Organiser = "organiser";
    /// <summary>The registration staff role's claim value.</summary>
    public const string RegistrationStaff = "registrationstaff";

    /// <summary>Role claim values for a set of roles.</summary>
    public static IEnumerable<string> RoleValues(ForumRoles roles) =>
        Enum.GetValues<ForumRoles>().Where(r => r != ForumRoles.None && roles.HasFlag(r)).Select(r => r.ToString().ToLowerInvariant());

    /// <summary>When the principal's token was issued (Unix seconds); 0, revoked by any cut-off, when it does not say.</summary>
    public static long IssuedAtSeconds(this ClaimsPrincipal user) =>
        long.TryParse(user.FindFirstValue(IssuedAt), out var seconds) ? seconds : 0;

    /// <summary>The caller a verified principal stands for.</summary>
    public static Caller ToCaller(this ClaimsPrincipal user)
    {
        var roles = user.FindAll(Role)
            .Select(c => Enum.TryParse<ForumRoles>(c.Value, ignoreCase: true, out var r) ? r : ForumRoles.None)
            .Aggregate(ForumRoles.None, (all, r) => all | r);
        return new Caller(
            user.FindFirstValue(Subject) ?? throw new InvalidOperationException("A verified token always has a subject."),
            user.FindFirstValue(Name) ?? string.Empty,
            roles,
            Enum.TryParse<Participation>(user.FindFirstValue(Participation), out var p) ? p : Contracts.Identity.Participation.Remote);
    }
}
