using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Forum;
using WsisConnect.Contracts.Identity;

namespace WsisConnect.Grains.Forum;

/// <summary>Forum-wide settings and the record of which demo data was loaded.</summary>
public sealed class ForumGrain(
    [PersistentState("forum")] IPersistentState<ForumState> state) : Grain, IForumGrain
{
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

    public Task<string?> GetDemoVersionAsync() => Task.FromResult(state.State.DemoVersion);

    public async Task MarkDemoLoadedAsync(string version)
    {
        state.State.DemoVersion = version;
        await state.WriteStateAsync();
    }
}
