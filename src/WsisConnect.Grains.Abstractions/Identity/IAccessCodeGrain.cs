using WsisConnect.Contracts.Identity;
namespace WsisConnect.Grains.Abstractions.Identity;

/// <summary>
/// One personal access code, keyed by the code's hash (see <see cref="AccessCode"/>), never by the code itself,
/// so that grain ids in logs and in the store do not reveal sign-in codes.
/// </summary>
public interface IAccessCodeGrain : IGrainWithStringKey
{
    /// <summary>The attendee the code signs in, or null for an unknown code.</summary>
    Task<string?> ResolveAsync();

    /// <summary>
    /// A sign-in attempt with the code: counted, then as <see cref="ResolveAsync"/>. Refuses with
    /// <c>auth.code_rate_limited</c> while the code is locked for having been tried too often.
    /// </summary>
    Task<string?> SignInAsync();

    /// <summary>Binds the code to an attendee; refuses with <c>auth.code_taken</c> when bound to someone else.</summary>
    Task AssignAsync(string attendeeId);
}
