using WsisConnect.Contracts.Leaderboard;
using WsisConnect.Contracts.Networking;
using WsisConnect.Grains.Abstractions.Contacts;
using WsisConnect.Grains.Leaderboard;
using WsisConnect.Grains.Presence;

namespace WsisConnect.Grains.Contacts;

/// <summary>
/// The single authority on whether two people are contacts. Two scans of each other's badges at the same instant
/// both land here, one after the other: the first makes the contact, the second finds it made.
/// </summary>
public sealed class ContactPairGrain(
    [PersistentState("pair")] IPersistentState<ContactPairState> state,
    PointsFeed points,
    AttendanceTallies tallies,
    TimeProvider time) : Grain, IContactPairGrain
{
    public Task EraseAsync() => state.ClearStateAsync();

    public Task<bool> AreContactsAsync() => Task.FromResult(state.State.Since is not null);

    public async Task<(DateTimeOffset Since, ContactSource Source, bool Created)> ConnectAsync(
        ContactParty first, ContactParty second, ContactSource source, string firstNote = "", string[]? firstTags = null)
    {
        if (state.State.Since is { } since)
        {
            return (since, state.State.Source, false);
        }
        var now = time.GetUtcNow();
        state.State.Since = now;
        state.State.Source = source;
        await state.WriteStateAsync();
        // Both books store the contact before anyone is answered, so an acknowledged contact survives a crash on both sides.
        await Task.WhenAll(
            GrainFactory.GetGrain<IContactBookGrain>(first.AttendeeId).AddContactAsync(new Contact(second.AttendeeId, second.Name, now, source, firstNote, firstTags ?? [])),
            GrainFactory.GetGrain<IContactBookGrain>(second.AttendeeId).AddContactAsync(new Contact(first.AttendeeId, first.Name, now, source, string.Empty, [])));
        await tallies.CountContactAsync(now);
        points.Award(first.AttendeeId, first.Name, PointsKind.Contact);
        points.Award(second.AttendeeId, second.Name, PointsKind.Contact);
        return (now, source, true);
    }
}
