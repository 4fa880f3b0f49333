using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Forum;
using WsisConnect.Contracts.Identity;
using WsisConnect.Grains.Abstractions.Forum;
using WsisConnect.Grains.Abstractions.Identity;
using WsisConnect.Grains.Operations;

namespace WsisConnect.Grains.Forum;

/// <summary>Forum-wide settings and the record of which demo data was loaded.</summary>
public sealed class ForumGrain(
    [PersistentState("forum")] IPersistentState<ForumState> state) : Grain, IForumGrain
{
    private const int MaxSetupCodes = 4;

    public Task<ForumSettings> GetSettingsAsync() => Task.FromResult(state.State.Settings);

    public async Task<ForumSettings> UpdateSettingsAsync(Caller caller, ForumSettings settings)
    {
        if (!caller.IsOrganiser)
        {
            throw new ForumException(ErrorCodes.Forbidden, "Only organisers may change the forum's settings.");
        }
        state.State.Settings = settings;
        await state.WriteStateAsync();
        return settings;
    }

    public Task<bool> HasOrganiserAsync() => Task.FromResult(state.State.HasOrganiser);

    public async Task MarkOrganiserAsync()
    {
        if (!state.State.HasOrganiser || state.State.SetupCodeHashes.Count > 0)
        {
            state.State.HasOrganiser = true;
            state.State.SetupCodeHashes.Clear();
            await state.WriteStateAsync();
        }
    }

    public async Task AddSetupCodeAsync(string codeHash)
    {
        if (state.State.HasOrganiser)
        {
            return;
        }
        // A few at most: each node prints its own at start, and an old one is of no use once its log is gone.
        state.State.SetupCodeHashes.Add(codeHash);
        if (state.State.SetupCodeHashes.Count > MaxSetupCodes)
        {
            state.State.SetupCodeHashes.RemoveAt(0);
        }
        await state.WriteStateAsync();
    }

    public async Task<bool> UseSetupCodeAsync(string codeHash)
    {
        var operation = CurrentOperation.Key;
        if (state.State.HasOrganiser)
        {
            // The retry of the setup that used this very code (its answer was lost, or it stopped before the organiser
            // was registered) may finish it: it holds the one-time code, and the registration recognises the operation.
            return operation is not null && operation == state.State.SetupOperation && codeHash == state.State.UsedSetupCodeHash;
        }
        if (!state.State.SetupCodeHashes.Contains(codeHash))
        {
            return false;
        }
        state.State.HasOrganiser = true;
        state.State.SetupCodeHashes.Clear();
        state.State.SetupOperation = operation;
        state.State.UsedSetupCodeHash = operation is null ? null : codeHash;
        await state.WriteStateAsync();
        return true;
    }

    public Task<string?> GetDemoVersionAsync() => Task.FromResult(state.State.DemoVersion);

    public async Task MarkDemoLoadedAsync(string version)
    {
        state.State.DemoVersion = version;
        await state.WriteStateAsync();
    }
}
