using System.Security.Cryptography;
using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Networking;
using WsisConnect.Grains.Abstractions.Badges;
using WsisConnect.Grains.Abstractions.Identity;
using WsisConnect.Grains.Operations;

namespace WsisConnect.Grains.Badges;

/// <summary>A person's badge version and short code; the token itself is signed by the server from the version.</summary>
public sealed class BadgeGrain([PersistentState("badge")] IPersistentState<BadgeState> state) : Grain, IBadgeGrain
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public async Task<(int Version, string ShortCode)> GetAsync(Caller caller)
    {
        EnsureSelf(caller);
        return state.State.Version switch
        {
            < 0 => throw new ForumException(ErrorCodes.Forbidden, "This account is deleted."),
            0 => await IssueAsync(),
            _ => (state.State.Version, state.State.ShortCode),
        };
    }

    public async Task<(int Version, string ShortCode)> RotateAsync(Caller caller)
    {
        EnsureSelf(caller);
        var operation = CurrentOperation.Key;
        if (operation is not null && state.State.RotatedBy == operation && state.State.Version > 0)
        {
            // The retry of a rotation that happened: rotating again would void the badge its first answer made.
            return (state.State.Version, state.State.ShortCode);
        }
        return await IssueAsync(operation);
    }

    public async Task<(int Version, string ShortCode)> GetForPrintAsync(Caller caller)
    {
        if (!caller.IsRegistrationDesk)
        {
            throw new ForumException(ErrorCodes.Forbidden, "Only organisers and registration staff print badges.");
        }
        return state.State.Version switch
        {
            < 0 => throw new ForumException(ErrorCodes.PersonNotFound, "This account is deleted."),
            0 => await IssueAsync(),
            _ => (state.State.Version, state.State.ShortCode),
        };
    }

    public Task<int> GetCurrentVersionAsync() => Task.FromResult(state.State.Version);

    public async Task EraseAsync()
    {
        // No token or short code carries a negative version, so every one ever issued fails from now on.
        state.State.Version = -1;
        state.State.ShortCode = string.Empty;
        await state.WriteStateAsync();
    }

    private async Task<(int Version, string ShortCode)> IssueAsync(string? operation = null)
    {
        var code = new string([.. Enumerable.Range(0, 8).Select(_ => Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)])]);
        var version = state.State.Version + 1;
        await GrainFactory.GetGrain<IBadgeCodeGrain>(code).AssignAsync(this.GetPrimaryKeyString(), version);
        state.State.Version = version;
        state.State.ShortCode = code;
        state.State.RotatedBy = operation;
        await state.WriteStateAsync();
        return (version, code);
    }

    private void EnsureSelf(Caller caller)
    {
        if (caller.AttendeeId != this.GetPrimaryKeyString())
        {
            throw new ForumException(ErrorCodes.Forbidden, "Only the person can see or rotate their own badge.");
        }
    }
}
