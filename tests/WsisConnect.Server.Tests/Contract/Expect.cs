using WsisConnect.Contracts.Errors;

namespace WsisConnect.Server.Tests.Contract;

/// <summary>The expected outcome of one call by each role: null for success, else the refusal's code.</summary>
public sealed class Expect
{
    private readonly Dictionary<Role, string?> _byRole;

    private Expect(Dictionary<Role, string?> byRole) => _byRole = byRole;

    /// <summary>Anyone, even without a token.</summary>
    public static Expect Public { get; } = new(Enum.GetValues<Role>().ToDictionary(r => r, _ => (string?)null));

    /// <summary>Anyone signed in.</summary>
    public static Expect SignedIn { get; } = new(Enum.GetValues<Role>().ToDictionary(r => r, r => Unauthenticated(r)));

    /// <summary>The session's moderators and organisers.</summary>
    public static Expect SessionModerators { get; } = new(Enum.GetValues<Role>().ToDictionary(r => r, r =>
        Unauthenticated(r) ?? (r is Role.SessionModerator or Role.Organiser ? null : ErrorCodes.Forbidden)));

    /// <summary>Organisers only.</summary>
    public static Expect Organisers { get; } = new(Enum.GetValues<Role>().ToDictionary(r => r, r =>
        Unauthenticated(r) ?? (r is Role.Organiser ? null : ErrorCodes.Forbidden)));

    /// <summary>Organisers and registration staff.</summary>
    public static Expect RegistrationDesk { get; } = new(Enum.GetValues<Role>().ToDictionary(r => r, r =>
        Unauthenticated(r) ?? (r is Role.RegistrationStaff or Role.Organiser ? null : ErrorCodes.Forbidden)));

    /// <summary>
    /// Organisers only, and the organiser's call is refused with <paramref name="code"/>: the call reaches the grain
    /// (whose own refusal proves it) without changing what other tests see.
    /// </summary>
    public static Expect OrganisersRefusedWith(string code) => new(Enum.GetValues<Role>().ToDictionary(r => r, r =>
        (string?)(Unauthenticated(r) ?? (r is Role.Organiser ? code : ErrorCodes.Forbidden))));

    /// <summary>Everyone, signed in or not, is refused with <paramref name="code"/>.</summary>
    public static Expect Refused(string code) => new(Enum.GetValues<Role>().ToDictionary(r => r, _ => (string?)code));

    /// <summary>Signed-in people other than organisers are refused with <paramref name="code"/>.</summary>
    public static Expect OrganisersElse(string code) => new(Enum.GetValues<Role>().ToDictionary(r => r, r =>
        Unauthenticated(r) ?? (r is Role.Organiser ? null : code)));

    /// <summary>The code <paramref name="role"/> must be refused with, or null when the call must succeed.</summary>
    public string? For(Role role) => _byRole[role];

    private static string? Unauthenticated(Role role) => role is Role.Anonymous or Role.Forged ? ErrorCodes.Unauthenticated : null;
}
