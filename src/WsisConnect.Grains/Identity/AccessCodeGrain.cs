using Microsoft.Extensions.Options;
using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Identity;
using WsisConnect.Grains.Abstractions.Identity;

namespace WsisConnect.Grains.Identity;

/// <summary>
/// One personal access code (keyed by its hash): who it signs in, read from <see cref="IdentityStore"/> at each
/// attempt (so a reissue or revocation on any node counts at once), and how often it is tried, held here. A code
/// bound by an earlier version in this grain's own state still signs its person in until their code is replaced.
/// </summary>
public sealed class AccessCodeGrain(
    [PersistentState("code")] IPersistentState<AccessCodeState> legacy,
    IdentityStore store,
    IOptions<SignInOptions> options,
    TimeProvider time) : Grain, IAccessCodeGrain
{
    private readonly CodeAttempts _attempts = new(options.Value, time);

    private string CodeHash => this.GetPrimaryKeyString();

    public Task<string?> ResolveAsync() => ResolveCoreAsync();

    public Task<string?> SignInAsync()
    {
        if (_attempts.TryAttempt() is { } wait)
        {
            throw new ForumException(ErrorCodes.CodeRateLimited,
                $"This code has been tried too often; try again in {Math.Ceiling(wait.TotalSeconds):0} s.");
        }
        return ResolveCoreAsync();
    }

    public async Task AssignAsync(string attendeeId)
    {
        if (await ResolveCoreAsync() is { } bound && bound != attendeeId)
        {
            throw new ForumException(ErrorCodes.CodeTaken, "This access code already belongs to someone else.");
        }
        if (await store.BindCodeAsync(CodeHash, attendeeId) != attendeeId)
        {
            throw new ForumException(ErrorCodes.CodeTaken, "This access code already belongs to someone else.");
        }
    }

    private async Task<string?> ResolveCoreAsync()
    {
        if (await store.ResolveCodeAsync(CodeHash) is { } attendeeId)
        {
            return attendeeId;
        }
        // An old binding counts only while the person has no code of the new kind: a reissue replaces it.
        return legacy.State.AttendeeId is { } old && await store.GetCodeHashAsync(old) is null ? old : null;
    }
}
